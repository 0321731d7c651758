// A d3-geo path context that writes compact SVG path data: integer
// coordinates, relative after the first move, implicit repeated `l`, points
// that round onto the previous one dropped. The map is on the home page, so
// bytes count.

export class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private x0 = 0;
  private y0 = 0;
  private started = false;
  private inLine = false;

  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.out += this.started ? `m${num(rx - this.x, true)}${num(ry - this.y)}` : `M${rx} ${ry}`;
    this.started = true;
    this.inLine = false;
    this.x = this.x0 = rx;
    this.y = this.y0 = ry;
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    this.out += `${this.inLine ? num(rx - this.x) : `l${num(rx - this.x, true)}`}${num(ry - this.y)}`;
    this.inLine = true;
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.out += 'z';
    this.inLine = false;
    // After `z` the current point is the start of the subpath.
    this.x = this.x0;
    this.y = this.y0;
  }

  arc(): void {
    throw new Error('points only');
  }

  toString(): string {
    return this.out;
  }
}

/** A number with the separator it needs: none before a minus sign or right after a command letter. */
function num(n: number, first = false): string {
  return first || n < 0 ? String(n) : ` ${n}`;
}
