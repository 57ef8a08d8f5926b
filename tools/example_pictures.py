"""Draws the example pack's two pictures (docs/example-pack/pictures) large enough for their slots at 4K, so the
example and the starter pack made from it (`huzhou-viewer new`) pass `preflight`. Run from the project root."""

from PIL import Image, ImageDraw

SUPERSAMPLE = 2  # drawn twice as large, then scaled down: smooth edges
OUT = "docs/example-pack/pictures"


def market() -> None:
    width, height = 1600, 900
    k = width / 640 * SUPERSAMPLE  # the shapes are laid out on a 640x360 grid
    image = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), "#20242C")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 250 * k, width * SUPERSAMPLE, height * SUPERSAMPLE], fill="#3A3F4A")
    draw.line([0, 60 * k, 640 * k, 80 * k], fill="#A7ADB8", width=int(1.2 * k))
    for i, colour in enumerate(["#C9783A", "#4F8A6E", "#C9A13A", "#5C7FA8", "#C9783A"]):
        x = 30 + 150 * i
        draw.polygon([((x - 10) * k, 150 * k), ((x + 55) * k, 110 * k), ((x + 120) * k, 150 * k)], fill="#E8E0D0")
        draw.rectangle([x * k, 150 * k, (x + 110) * k, 250 * k], fill=colour)
    for i in range(8):
        cx, cy = 40 + 80 * i, 85 + 2 * i
        draw.ellipse([(cx - 15) * k, (cy - 18) * k, (cx + 15) * k, (cy + 18) * k], fill="#D23A2E")
    image.resize((width, height), Image.LANCZOS).save(f"{OUT}/market.png", optimize=True)


def portrait() -> None:
    side = 800
    k = side / 400 * SUPERSAMPLE
    image = Image.new("RGB", (side * SUPERSAMPLE, side * SUPERSAMPLE), "#5C7FA8")
    draw = ImageDraw.Draw(image)
    draw.ellipse([140 * k, 80 * k, 260 * k, 200 * k], fill="#E8E0D0")
    draw.pieslice([80 * k, 220 * k, 320 * k, 460 * k], 180, 360, fill="#E8E0D0")
    image.resize((side, side), Image.LANCZOS).save(f"{OUT}/li-ming.png", optimize=True)


if __name__ == "__main__":
    market()
    portrait()
