"""The small Markdown subset of analyses, read into a tree of plain nodes (never into HTML).

Paragraphs, bullet and numbered lists, **bold**, *italic*, line breaks and links to http(s)
addresses. Everything else (raw HTML, images, headings, code, other link schemes) stays as the
text it was written as. The page turns the nodes into components whose text React escapes, so
what someone writes can never become markup or script.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

TAGS = {
    "paragraph": "p",
    "bullet_list": "ul",
    "ordered_list": "ol",
    "list_item": "li",
    "strong": "strong",
    "em": "em",
    "link": "a",
    "softbreak": "br",
    "hardbreak": "br",
}


@dataclass(frozen=True)
class Node:
    tag: str  # p, ul, ol, li, strong, em, a, br, or "" for plain text
    children: tuple = field(default=())
    text: str = ""
    href: str | None = None


@cache
def _parser():
    """'zero' has every rule off and raw HTML off; only the subset is turned on (imported when first used)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("zero").enable(["list", "emphasis", "link", "newline"])


def parse(source: str) -> tuple[Node, ...]:
    from markdown_it.tree import SyntaxTreeNode

    return tuple(_node(child) for child in SyntaxTreeNode(_parser().parse(source)).children)


def _node(node) -> Node:
    if node.type == "text":
        return Node("", text=node.content)
    if node.type == "inline":
        return Node("", tuple(_node(child) for child in node.children))
    if node.type == "link":
        href = str(node.attrs.get("href", ""))
        children = tuple(_node(child) for child in node.children)
        if urlsplit(href).scheme.lower() not in ("http", "https"):
            return Node("", children)  # the link's text without the link
        return Node("a", children, href=href)
    tag = TAGS.get(node.type, "")
    return Node(tag, tuple(_node(child) for child in node.children), text=node.content if not tag else "")


def plain(nodes: tuple[Node, ...]) -> str:
    """The text alone (for exports and the deck): paragraphs and list items on lines of their own."""
    lines: list[str] = []

    def inline(node: Node) -> str:
        if node.tag == "br":
            return " "
        return node.text + "".join(inline(child) for child in node.children)

    def block(node: Node, prefix: str = "") -> None:
        if node.tag in ("ul", "ol"):
            for number, item in enumerate(node.children, start=1):
                block(item, "- " if node.tag == "ul" else f"{number}. ")
        elif node.tag == "li":
            for index, child in enumerate(node.children):
                block(child, prefix if index == 0 else "  ")
        else:
            lines.append(prefix + inline(node))

    for node in nodes:
        block(node)
    return "\n".join(lines)
