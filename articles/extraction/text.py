"""From raw bytes or a string to the article's main text, title and publication date.

Plain text: an optional first line `Published: YYYY-MM-DD`, then the headline, then the body.
HTML: one trafilatura pass for the main text (menus, banners and sidebars dropped); the
publication date comes from htmldate (the original date, never a later `modified_time`).
"""

from __future__ import annotations

import datetime
import html as html_lib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import ftfy

MAX_INPUT_CHARS = 3_000_000  # larger input is truncated with a warning
MAX_TEXT_CHARS = 300_000  # extracted text kept for analysis (news stories are far shorter)

PUBLISHED_LINE_RE = re.compile(
    r"\A\s*(?:published|date|опубліковано|опубликовано)\s*:\s*(\d{4}-\d{2}-\d{2})[^\n]*\n?", re.I
)
HTML_SNIFF_RE = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.I)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff]")
_H1_RE = re.compile(r"<h1\b[^>]{0,300}>(.{1,600}?)</h1>", re.I | re.S)
_OG_TITLE_RE = re.compile(
    r"<meta\b[^>]{0,200}?property\s*=\s*[\"']og:title[\"'][^>]{0,50}?content\s*=\s*[\"']([^\"']{1,500})",
    re.I,
)
_TITLE_RE = re.compile(r"<title\b[^>]{0,100}>(.{1,500}?)</title>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]{0,2000}>")
_LOW_CONTROLS = [chr(code) for code in range(0x09)]  # \x00-\x08, counted one by one
_CHARSET_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w-]{2,20})", re.I)


class InputError(ValueError):
    """The content cannot be read as an article (binary, empty after decoding...)."""


@dataclass
class Document:
    text: str
    title: str | None
    published: datetime.date | None
    content_type: str
    title_span: tuple[int, int] | None = None
    warnings: list[str] = field(default_factory=list)


def decode(content: str | bytes, warnings: list[str]) -> str:
    """Bytes to str: UTF-8, the page's declared charset, then cp1251/latin-1 as a last resort."""
    if isinstance(content, str):
        return content
    raw = bytes(content)
    if raw[:4096].count(b"\x00") > 8:
        raise InputError("binary content (NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET_RE.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    warnings.append("content is not valid UTF-8; decoded with a fallback charset")
    cyrillic = raw.decode("cp1251", errors="replace")
    letters = sum(1 for ch in cyrillic[:20000] if "\u0400" <= ch <= "\u04ff")
    high = sum(1 for b in raw[:20000] if b >= 0x80)
    if high and letters > high * 0.6:
        return cyrillic
    return raw.decode("utf-8", errors="replace")


# UTF-8 read as cp1252 or latin-1 somewhere upstream: "Libyaâ€™s", "Ð¿Ð¾Ð»Ð¾Ð½"
_MOJIBAKE_RE = re.compile(
    "[ÂÃÐÑâ][\u0080-\u00bf\u0152-\u0178\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def repair(text: str, warnings: list[str]) -> str:
    """Undo mojibake (UTF-8 bytes decoded as cp1252 upstream) with ftfy, only where seen."""
    if not _MOJIBAKE_RE.search(text):
        return text
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        warnings.append("repaired mis-decoded characters (mojibake) in the text")
    return fixed


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


def looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    odd = sample.count("\ufffd") + sum(map(sample.count, _LOW_CONTROLS))
    return odd > len(sample) * 0.1


def is_html(text: str, content_type: str | None) -> bool:
    if content_type in ("html", "text"):
        return content_type == "html"
    return bool(HTML_SNIFF_RE.search(text[:2000]))


def _parse_day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def html_published(page: str) -> datetime.date | None:
    """The page's own publication date, by htmldate: meta tags, JSON-LD, `<time>` elements and
    the URL, the original date preferred to a later modification. Its extensive search, which
    reads dates out of the visible text, is off: on a news page it picks up the date of an
    event, a sidebar or a "Read more" line, and a wrong publication date misplaces every
    relative date of the article. No date is better than a guessed one."""
    import htmldate  # heavy import, only for HTML

    head = page[:400_000]
    declared = _PUBLISHED_TIME_RE.search(head)
    if declared and (day := _parse_day(declared.group(1) or declared.group(2))):
        # the page's own "article:published_time", as written (htmldate prefers the earliest
        # date it sees, which may be the URL's: ".../2025/07/18/..." for a page published
        # at 01:40 on the 19th)
        return day
    if not _PUBLISHED_META_RE.search(head) and (byline := _byline_time(page)):
        return byline
    try:
        found = htmldate.find_date(
            page, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError, AttributeError, RecursionError, MemoryError):
        found = None
    return _parse_day(found) if found else None


_PUBLISHED_TIME_RE = re.compile(
    r"<meta\b[^>]{0,200}?property\s*=\s*[\"']article:published_time[\"'][^>]{0,50}?"
    r"content\s*=\s*[\"'](\d{4}-\d{2}-\d{2})"
    r"|<meta\b[^>]{0,200}?content\s*=\s*[\"'](\d{4}-\d{2}-\d{2})[^\"']{0,30}[\"'][^>]{0,50}?"
    r"property\s*=\s*[\"']article:published_time[\"']",
    re.I,
)
# Publication metadata that htmldate reads first (meta tags, JSON-LD, microdata).
_PUBLISHED_META_RE = re.compile(
    r"published_time|datePublished|date_published|pubdate|publish[-_]?date|dc\.date"
    r"|DC\.date|sailthru\.date|parsely-pub-date",
    re.I,
)
_H1_END_RE = re.compile(r"</h1\s*>", re.I)
_TIME_ATTR_RE = re.compile(r"<time\b[^>]{0,300}?\bdatetime\s*=\s*[\"']?(\d{4}-\d{2}-\d{2})", re.I)


def _byline_time(page: str) -> datetime.date | None:
    """A page without publication metadata: the first `<time datetime>` after the headline,
    where bylines put it. htmldate would take the oldest `<time>` on the page, which on a news
    page is as likely a sidebar's or an archive link's."""
    heading = _H1_END_RE.search(page, 0, 400_000)
    if heading is None:
        return None
    match = _TIME_ATTR_RE.search(page, heading.end(), heading.end() + 20_000)
    return _parse_day(match.group(1)) if match else None


def _strip_tags(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(_TAG_RE.sub(" ", fragment))).strip()


def html_title(page: str) -> str | None:
    for regex in (_H1_RE, _OG_TITLE_RE, _TITLE_RE):
        if match := regex.search(page[:400_000]):
            title = _strip_tags(match.group(1))
            if title:
                return title
    return None


class _TextOnly(HTMLParser):
    """Linear-time fallback when trafilatura gives nothing: visible text, scripts dropped."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "header"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "br", "article", "section", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _fallback_text(page: str) -> str:
    parser = _TextOnly()
    parser.feed(page)
    parser.close()
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# Main text only: the date comes from the page's meta tags, and comments and tables (related
# stories, score boxes) never carry the figures.
TRAFILATURA_OPTIONS = {
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
    "deduplicate": False,
}


def html_main_text(page: str, warnings: list[str]) -> str:
    import trafilatura  # heavy import, only for HTML

    try:
        document = trafilatura.bare_extraction(page, **TRAFILATURA_OPTIONS)
    except (ValueError, TypeError, AttributeError, RecursionError, MemoryError) as exc:
        warnings.append(
            f"HTML extraction failed ({exc.__class__.__name__}); used plain tag stripping"
        )
        document = None
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        if document is None or not text:
            warnings.append("no main text found by trafilatura; used plain tag stripping")
        text = _fallback_text(page)
    return text


def _with_title(body: str, title: str | None) -> tuple[str, tuple[int, int] | None]:
    """Put the headline on the first line of the text (HTML) and return its span."""
    if not title:
        return body, None
    first_line = body.split("\n", 1)[0].strip()
    if first_line == title:
        start = body.index(first_line)
        return body, (start, start + len(first_line))
    lines = body.split("\n")
    for index, line in enumerate(lines[:4]):
        if line.strip() == title:
            start = sum(len(previous) + 1 for previous in lines[:index])
            return body, (start, start + len(line))
    return f"{title}\n\n{body}", (0, len(title))


def load(
    content: str | bytes,
    *,
    published: datetime.date | None = None,
    content_type: str | None = None,
) -> Document:
    warnings: list[str] = []
    text = decode(content, warnings)
    if len(text) > MAX_INPUT_CHARS:
        warnings.append(f"input truncated to {MAX_INPUT_CHARS} characters")
        text = text[:MAX_INPUT_CHARS]
    if looks_binary(text):
        raise InputError("binary content")
    text = clean(text)
    if is_html(text, content_type):
        page_date = html_published(text)
        title = html_title(text)
        title = repair(title, []) if title else title
        body = repair(clean(html_main_text(text, warnings)), warnings)
        body, title_span = _with_title(body, title)
        kind = "html"
    else:
        page_date = None
        text = repair(text, warnings)
        if match := PUBLISHED_LINE_RE.match(text):
            page_date = _parse_day(match.group(1))
            text = text[match.end() :]
        body = text.strip("\n")
        first = body.split("\n", 1)[0]
        title = first.strip() or None
        start = len(first) - len(first.lstrip())
        title_span = (start, start + len(title)) if title else None
        kind = "text"
    if len(body) > MAX_TEXT_CHARS:
        warnings.append(f"article text truncated to {MAX_TEXT_CHARS} characters for analysis")
        body = body[:MAX_TEXT_CHARS]
    return Document(
        text=body,
        title=title,
        published=published or page_date,
        content_type=kind,
        title_span=title_span,
        warnings=warnings,
    )
