"""What a photo's header says (format and size) before any pixel is decoded, and the limits the program
shows photos within."""

from __future__ import annotations

from pathlib import Path

# Photos the program shows (qt/stage/portrait_images.py refuses the same ones before decoding them).
MAX_PHOTO_PIXELS = 100_000_000
# PNG and WebP are decoded whole before they are scaled, within Qt's allocation limit (256 MiB by default,
# counted at 4 bytes a pixel); JPEG is scaled while it is decoded.
MAX_WHOLE_DECODE_PIXELS = (256 << 20) // 4
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP")


def photo_header(path: Path) -> tuple[str, int, int] | None:
    """(format, width, height) from a JPEG, PNG or WebP file's header, or None when it is none of them or
    its header cannot be read. The pixels are never decoded. Pillow is imported here, by the first photo."""
    from PIL import Image, JpegImagePlugin, PngImagePlugin, WebPImagePlugin  # noqa: F401 - they register OPEN

    try:
        with open(path, "rb") as stream:
            prefix = stream.read(16)
            for kind in PHOTO_FORMATS:
                factory, accept = Image.OPEN[kind]
                recognised = accept is not None and accept(prefix)
                if recognised and not isinstance(recognised, str):  # a str: recognised, unsupported in this build
                    stream.seek(0)
                    # The plug-in itself, not Image.open: that warns (or raises) over Pillow's own pixel
                    # limit, and this reports its own.
                    image = factory(stream, str(path))
                    width, height = image.size
                    return kind, width, height
    except Exception:  # noqa: BLE001 - whatever a damaged file makes Pillow raise, it is not a readable photo
        return None
    return None
