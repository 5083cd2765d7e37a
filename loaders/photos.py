"""A photo sent with a field report: checked by its content and re-encoded without metadata.

What a phone sends is hostile input like any file: its name and declared type say nothing, so the
bytes are opened with Pillow and only JPEG, PNG and WebP images are accepted. The image is then
drawn again into a fresh JPEG (at most MAX_SIDE pixels on its longer side), which keeps the
pixels and nothing else: EXIF (with the phone's GPS position), XMP, comments and any script
hidden in them are gone.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from i18n.errors import LocalizedError

MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
MAX_SIDE = 2048
FORMATS = ("JPEG", "PNG", "WEBP")


class PhotoError(LocalizedError, ValueError):
    """A photo refused (too large, not an image, damaged): said with ``message(lang)``."""


def clean_photo(data: bytes) -> bytes:
    """The photo as a metadata-free JPEG, or PhotoError (too large, not an image, damaged)."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError("field.photo.too_large", limit=MAX_PHOTO_BYTES // (1024 * 1024))
    if not data:
        raise PhotoError("field.photo.not_image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format not in FORMATS:
                    raise PhotoError("field.photo.not_image")
                if probe.width * probe.height > MAX_PIXELS:
                    raise _too_many_pixels()
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                image = ImageOps.exif_transpose(image)
                image = image.convert("RGB")
                image.thumbnail((MAX_SIDE, MAX_SIDE))
                # Only the pixels go on: Pillow would carry a JPEG comment (``info``) into save.
                fresh = Image.frombytes("RGB", image.size, image.tobytes())
                out = io.BytesIO()
                fresh.save(out, "JPEG", quality=85, optimize=True)
                return out.getvalue()
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own bound (past ~89 million pixels) stops it at open: a real image whose
        # resolution is too high, not an unreadable file, and said so.
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise PhotoError("field.photo.not_image") from None


def _too_many_pixels() -> PhotoError:
    return PhotoError("field.photo.too_many_pixels", limit=MAX_PIXELS // 1_000_000)
