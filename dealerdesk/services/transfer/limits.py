"""How much an import reads at most, whatever the file claims (issue 23): the settings "import.*"
(domain/settings_spec.py) as one picklable value for the readers (xlsx.py, read.py; a worker process gets it
with its SourceOptions), and the messages for a file past one of them.

Why: a 2 MB .xlsx whose one row decompresses to gigabytes, or whose shared-strings table does, grew the
importer to 4 GB before MemoryError. Now the zip's directory is checked before a byte is decompressed (each
part's size and compression ratio), and while streaming the reader counts what it decompressed, the rows,
the columns of each row, the length of each cell and the memory the shared strings take. Past a limit the
import stops with InvalidInput (nothing is written: the import's transaction has not started, or rolls
back). The defaults are far above any real store's sheet (a 100,000-row workbook: 48 MB of sheet XML,
compression ratio 8, 11 columns).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

MB = 1 << 20
#: parts smaller than this are not held to the ratio (a tiny part may compress very well and costs nothing)
RATIO_FROM_BYTES = 10 * MB
#: what one shared string is counted as besides its characters (a Python str and its list slot)
STRING_OVERHEAD = 80

_ADVICE = "文件可能已损坏或是恶意构造的，没有导入任何数据"
MSG_TOO_BIG = QT_TRANSLATE_NOOP("errors", "文件中的“{part}”解压后超过 {limit} MB：" + _ADVICE + "（上限见设置“导入文件解压后上限”）")
MSG_RATIO = QT_TRANSLATE_NOOP("errors", "文件中的“{part}”压缩比异常（{ratio} 倍，上限 {limit} 倍）：" + _ADVICE)
MSG_ROWS = QT_TRANSLATE_NOOP("errors", "工作表超过 {limit} 行：" + _ADVICE + "（上限见设置“导入最多行数”）")
MSG_COLUMNS = QT_TRANSLATE_NOOP("errors", "第 {row} 行超过 {limit} 列：" + _ADVICE + "（上限见设置“导入最多列数”）")
MSG_CELL = QT_TRANSLATE_NOOP("errors", "第 {row} 行有单元格超过 {limit} 个字：" + _ADVICE + "（上限见设置“导入单元格最多字数”）")
MSG_STRINGS = QT_TRANSLATE_NOOP("errors", "文件的共享文字表超过 {limit} MB：" + _ADVICE + "（上限见设置“导入文字表上限”）")


@dataclass(frozen=True)
class ReadLimits:
    unzipped_bytes: int  # each part decompressed; a CSV/XLS file's own size
    ratio: int  # decompressed / compressed, for parts of RATIO_FROM_BYTES or more
    rows: int
    columns: int
    cell_chars: int
    strings_bytes: int  # the shared strings as held in memory (characters × 2 + STRING_OVERHEAD each)

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> ReadLimits:
        def get(key: str) -> int:
            return int(spec.BY_KEY[key].value_of(settings))  # type: ignore[call-overload]

        return cls(unzipped_bytes=get("import.max_unzipped_mb") * MB, ratio=get("import.max_ratio"),
                   rows=get("import.max_rows"), columns=get("import.max_columns"),
                   cell_chars=get("import.max_cell_chars"), strings_bytes=get("import.max_strings_mb") * MB)

    @property
    def row_xml_chars(self) -> int:
        """The most XML one row may take while it is read (every column filled to the cell limit)."""
        return self.columns * (self.cell_chars + 200)

    def check_part(self, part: str, size: int, compressed: int) -> None:
        """A zip entry's declared sizes, before it is read (zipfile never returns more than the declared size:
        a part that lies fails its CRC check instead)."""
        if size > self.unzipped_bytes:
            raise InvalidInput(MSG_TOO_BIG, field="file", part=part, limit=self.unzipped_bytes // MB)
        if size >= RATIO_FROM_BYTES and size > self.ratio * max(compressed, 1):
            raise InvalidInput(MSG_RATIO, field="file", part=part, ratio=size // max(compressed, 1),
                               limit=self.ratio)

    def check_read(self, part: str, done: int) -> None:
        """Bytes decompressed so far from one part (checked while streaming)."""
        if done > self.unzipped_bytes:
            raise InvalidInput(MSG_TOO_BIG, field="file", part=part, limit=self.unzipped_bytes // MB)

    def too_many_rows(self) -> InvalidInput:
        return InvalidInput(MSG_ROWS, field="file", limit=self.rows)

    def too_wide(self, row: int) -> InvalidInput:
        return InvalidInput(MSG_COLUMNS, field="file", row=row, limit=self.columns)

    def cell_too_long(self, row: int | str) -> InvalidInput:
        return InvalidInput(MSG_CELL, field="file", row=row, limit=self.cell_chars)

    def too_many_strings(self) -> InvalidInput:
        return InvalidInput(MSG_STRINGS, field="file", limit=self.strings_bytes // MB)


#: the defaults (a caller without a store: tests, `read_table` on its own)
DEFAULT = ReadLimits.from_settings({})


def current() -> ReadLimits:
    """The store's limits (its settings; the defaults for the keys it does not override)."""
    from dealerdesk.services.settings import get_settings  # (reads the store)

    return ReadLimits.from_settings(get_settings())
