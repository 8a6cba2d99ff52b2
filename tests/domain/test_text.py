"""The one normalisation of free text (domain/text.py): what is removed, what is refused, and why."""
import pytest

from dealerdesk.domain import text
from dealerdesk.domain.errors import InvalidInput, NotFound


@pytest.mark.parametrize(("raw", "one_line", "note"), [
    ("张三", "张三", "张三"),
    ("张\x00三", "张三", "张三"),  # NUL: what made every xlsx export fail
    ("\u202e张三\u202c", "张三", "张三"),  # right-to-left override and its pop
    ("\ufeff张三", "张三", "张三"),  # a BOM from a UTF-8 CSV
    ("张\u200b三\u2066\u2069", "张三", "张三"),  # zero-width space, isolates
    ("a\x07b\x1bc\x7fd\x85e", "abcde", "abcde"),  # C0, DEL, C1
    ("a\udcffb", "ab", "ab"),  # an undecodable byte of a command line
    ("第一行\r\n第二行\t完", "第一行 第二行 完", "第一行\n第二行\t完"),
    ("plain ascii", "plain ascii", "plain ascii"),
])
def test_invisible_characters_are_removed_and_notes_keep_their_lines(raw, one_line, note):
    assert text.strip_invisible(raw) == one_line
    assert text.strip_invisible(raw, multiline=True) == note


def test_every_removed_character_is_listed_for_the_migration():
    assert "\x00" in text.INVISIBLE_CHARS and "\u202e" in text.INVISIBLE_CHARS and "\ufeff" in text.INVISIBLE_CHARS
    assert "\t" not in text.INVISIBLE_CHARS and "\n" not in text.INVISIBLE_CHARS and "张" not in text.INVISIBLE_CHARS
    assert all(text.has_invisible(c) for c in text.INVISIBLE_CHARS)


def test_clean_trims_and_refuses_a_text_longer_than_its_field_naming_it():
    assert text.clean("  南山区\x00 ", field="address", label="地址", max_length=200) == "南山区"
    assert text.clean(None, field="address", label="地址", max_length=200) == ""
    with pytest.raises(InvalidInput, match="地址太长：最多 200 个字，输入了 201 个") as err:
        text.clean("路" * 201, field="address", label="地址", max_length=200)
    assert err.value.field == "address"
    # the length is the cleaned one: 200 characters plus invisible ones fit
    assert len(text.clean("路" * 200 + "\x00" * 5, field="address", label="地址", max_length=200)) == 200


def test_choices_are_checked_with_their_labels():
    kinds = {"person": "个人", "company": "大客户"}
    assert text.check_choice("company", kinds, field="kind", label="类型") == "company"
    for bad in ("robot", None, 5, "person\u202e"):
        with pytest.raises(InvalidInput, match="类型不能是.*个人（person）、大客户（company）") as err:
            text.check_choice(bad, kinds, field="kind", label="类型")
        assert err.value.field == "kind"


def test_a_customer_has_at_most_ten_phones():
    assert text.check_phone_count(["1"] * 10) == ["1"] * 10
    with pytest.raises(InvalidInput, match="最多 10 个电话，输入了 11 个"):
        text.check_phone_count(["1"] * 11)


def test_an_id_past_64_bits_is_not_found():
    assert text.check_id(2 ** 63 - 1, label="客户") == 2 ** 63 - 1
    for bad in (2 ** 63, 0, -5):
        with pytest.raises(NotFound):
            text.check_id(bad, label="客户")


def test_a_quoted_value_is_cleaned_and_cut():
    assert text.shorten("x" * 1_000_000) == "x" * 40 + "…"
    assert text.shorten("张\x00三") == "张三"
