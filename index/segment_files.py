"""The index's segment files read in place, from a memory map, never copied whole.

Whoosh writes each segment as one compound file (`*.seg`) and maps it into memory, but then
wraps every part it opens (terms, postings, each column) in a `BytesIO`, which copies the part:
opening a 20,000-item index copied its term and posting files (16 MB), and the first question
copied the stored fields and the `meta` and `stem_set` columns (~70 MB) to read a few dozen
documents from them, so a process held twice the index's size after one question. Here a part
is a view of the map, and a read copies only the bytes it asks for; the pages it never touches
are never read from disk.

The pages a process has read stay mapped into it, and count in its RSS, until it lets them go:
`release_pages` drops the mappings (the pages stay in the OS page cache, so the next read maps
them again for the cost of a minor fault). The engine calls it after each question, so a bot
that has answered many questions does not hold most of the index file as its own memory.
"""

from __future__ import annotations

import mmap
import threading
import weakref
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile

__all__ = ["MappedStorage", "release_pages"]

_MAPS: weakref.WeakSet[_MappedFile] = weakref.WeakSet()  # the open segment files of this process
_MAPS_LOCK = threading.Lock()  # a thread's first question opens files while another's end walks them
_DONTNEED = getattr(mmap, "MADV_DONTNEED", None)  # not on every platform (Windows): then kept mapped


def release_pages() -> None:
    """Unmap the index pages this process has read (see the module docstring); safe while other
    threads read the same files, which fault the pages back in."""
    if _DONTNEED is None:
        return
    with _MAPS_LOCK:
        opened = list(_MAPS)
    for f in opened:
        try:
            if f._mapped is not None and not f._mapped.closed:
                f._mapped.madvise(_DONTNEED)
        except (ValueError, OSError):  # closed meanwhile: nothing mapped
            pass


class MappedStorage(FileStorage):
    """A folder storage whose compound segment files are memory maps, read in place."""

    def __init__(self, path: str) -> None:
        # Whoosh maps a compound file only when the storage says it may, and then copies each
        # part it opens; told no, it asks the opened file for its parts (`subset`), which ours
        # gives as views.
        super().__init__(path, supports_mmap=False)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if not name.endswith(".seg"):
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as f:
            try:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # no room to map it, or an empty file: read it as Whoosh would
                return super().open_file(name, **kwargs)
        opened = _MappedFile(memoryview(mapped), name=name, mapped=mapped)
        with _MAPS_LOCK:
            _MAPS.add(opened)
        return opened


class _MappedFile(BufferFile):
    """Whoosh's `BufferFile` (random access by `get`, sequential by `read`) over a memory view,
    without the copy its constructor makes."""

    def __init__(self, buf: memoryview, name: str | None = None, mapped: mmap.mmap | None = None) -> None:
        StructFile.__init__(self, _ViewReader(buf), name=name)
        self._buf = buf
        self._mapped = mapped
        self.is_real = False  # no file descriptor: Whoosh must not `array.fromfile` from it

    def subset(self, position: int, length: int, name: str | None = None) -> _MappedFile:
        return _MappedFile(self._buf[position : position + length], name=name or self._name)

    def close(self) -> None:
        super().close()
        if self._mapped is not None:
            try:
                self._buf.release()
                self._mapped.close()
            except BufferError:  # a part is still open somewhere: the map goes when it does
                pass


class _ViewReader:
    """A read-only file over a memory view: `read` copies only what it returns."""

    __slots__ = ("_view", "_pos", "closed")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self.closed = False

    def read(self, size: int | None = -1) -> bytes:
        start, end = self._pos, len(self._view)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def readline(self, size: int | None = -1) -> bytes:
        start, end = self._pos, len(self._view)
        if size is not None and size >= 0:
            end = min(end, start + size)
        stop = end
        for chunk in range(start, end, 4096):  # only a pickle's text opcodes read lines: short ones
            found = self._view[chunk : min(end, chunk + 4096)].tobytes().find(b"\n")
            if found >= 0:
                stop = chunk + found + 1
                break
        self._pos = stop
        return self._view[start:stop].tobytes()

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self.closed = True
