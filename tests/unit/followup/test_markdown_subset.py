"""The Markdown subset of analyses: what is allowed becomes nodes, everything else stays text."""

from dashboard.followup.markdown_subset import Node, parse, plain


def _tags(nodes) -> list:
    return [(node.tag, _tags(node.children) if node.children else node.text) for node in nodes]


def test_paragraphs_lists_bold_and_http_links_are_read():
    nodes = parse("Första **viktigt** stycket med [Kolada](https://www.kolada.se).\n\n- ett\n- två\n\n1. a\n2. b")
    assert [node.tag for node in nodes] == ["p", "ul", "ol"]
    inline = nodes[0].children[0].children
    assert inline[1] == Node("strong", (Node("", text="viktigt"),))
    link = inline[3]
    assert (link.tag, link.href, link.children[0].text) == ("a", "https://www.kolada.se", "Kolada")
    assert plain(nodes) == "Första viktigt stycket med Kolada.\n- ett\n- två\n1. a\n2. b"


def test_raw_html_scripts_and_other_link_schemes_stay_plain_text():
    nodes = parse(
        "<script>alert(1)</script> [klicka](javascript:alert(1)) [post](mailto:a@b.se) ![bild](https://x/y.png)"
    )
    flat = plain(nodes)
    assert "<script>alert(1)</script>" in flat  # shown as the characters written, never run
    # an image is never shown: its Markdown reads as "!" and a link to the picture
    assert [node.href for node in _walk(nodes) if node.tag == "a"] == ["https://x/y.png"]
    assert "klicka" in flat and "post" in flat  # the text stays, without a link


def test_headings_and_code_are_not_part_of_the_subset():
    nodes = parse("# Rubrik\n\n    kod")
    assert [node.tag for node in nodes] == ["p", "p"]
    assert plain(nodes) == "# Rubrik\nkod"


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)
