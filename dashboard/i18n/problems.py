"""Problems in data files and uploads (written in Swedish by the validators) in the page's language.

Each entry pairs a validator's Swedish wording, as a pattern with named parts, with its English
template; the parts (values from the file, column names, numbers) are carried over as they are.
The same approach as the notices (dashboard/i18n/notices.py). tests/unit/test_problem_messages.py
runs the malformed-file corpus and fails when a message has no English entry. A message that
matches none stays Swedish, and the page marks it as Swedish.
"""
from __future__ import annotations

import re
from functools import lru_cache

from dashboard.i18n import DEFAULT, language
from dashboard.domain.schema import WARNING, Problem

# (Swedish message as a regex, English template with the same named groups)
MESSAGES = (
    (r"obligatorisk kolumn saknas", "required column is missing"),
    (r"okänd kolumn, ignoreras", "unknown column, ignored"),
    (r"värde saknas \(obligatorisk kolumn\)", "value missing (required column)"),
    (r"samma mål finns redan i samma målområde", "the same goal is already in the same goal area"),
    (r"(?P<bad>.+) är inte ett av de globala målen 1–17 \(skriv t\.ex\. 3;4;10\)",
     "{bad} is not one of the global goals 1–17 (write e.g. 3;4;10)"),
    (r"raden saknar både utfall och mål och hoppas över", "the row has neither outcome nor target and is skipped"),
    (r"dubblett: samma kommun, område, indikator, år och publiceringsdatum som rad (?P<row>\d+)",
     "duplicate: same municipality, area, indicator, year and publication date as row {row}"),
    (r"dubblett: samma kommun, område, indikator, år och publiceringsdatum som (?P<file>.+) rad (?P<row>\d+)",
     "duplicate: same municipality, area, indicator, year and publication date as {file} row {row}"),
    (r"kolumnen saknar rubrik och ignoreras", "the column has no heading and is ignored"),
    (r"kolumnen finns flera gånger", "the column appears more than once"),
    (r"minst en av kolumnerna outcome och target krävs", "at least one of the columns outcome and target is required"),
    (r"(?P<text>.+) är inte ett tal \(använd decimalpunkt: (?P<fixed>.+)\)",
     "{text} is not a number (use a decimal point: {fixed})"),
    (r"(?P<text>.+) är inte ett tal", "{text} is not a number"),
    (r"(?P<text>.+) är inte ett årtal \(heltal, t\.ex\. 2020\)", "{text} is not a year (a whole number, e.g. 2020)"),
    (r"(?P<text>.+) är ingen känd riktning \(increase eller decrease\)",
     "{text} is not a known direction (increase or decrease)"),
    (r"(?P<text>.+) är inget datum \(ÅÅÅÅ-MM-DD\)", "{text} is not a date (YYYY-MM-DD)"),
    (r"(?P<text>.+) är ingen kommunkod \(fyra siffror, t\.ex\. 0114\)",
     "{text} is not a municipality code (four digits, e.g. 0114)"),
    (r"filen kunde inte läsas \((?P<reason>.+)\)", "the file could not be read ({reason})"),
    (r"makroaktiverade arbetsböcker tas inte emot: spara som \.xlsx eller CSV",
     "macro-enabled workbooks are not accepted: save as .xlsx or CSV"),
    (r"det gamla Excel-formatet \.xls läses inte: spara som \.xlsx eller CSV",
     "the old Excel format .xls is not read: save as .xlsx or CSV"),
    (r"filtypen (?P<suffix>.*) läses inte: använd CSV eller \.xlsx", "the file type {suffix} is not read: use CSV or .xlsx"),
    (r"filen är en Excel- eller zip-fil: ge den ändelsen \.xlsx", "the file is an Excel or zip file: name it .xlsx"),
    (r"filen verkar vara UTF-16 utan byte-ordningsmärke: spara den som CSV UTF-8",
     "the file seems to be UTF-16 without a byte order mark: save it as CSV UTF-8"),
    (r"filen innehåller binära tecken och ser inte ut som text: spara den som CSV",
     "the file contains binary characters and does not look like text: save it as CSV"),
    (r"okänd teckenkodning: spara filen som CSV UTF-8", "unknown character encoding: save the file as CSV UTF-8"),
    (r"filen är inte UTF-8 och lästes som Windows-1252", "the file is not UTF-8 and was read as Windows-1252"),
    (r"filen är tom", "the file is empty"),
    (r"filen kunde inte tolkas som CSV: kontrollera avgränsare och citattecken",
     "the file could not be read as CSV: check the delimiter and quotes"),
    (r"filen kunde inte tolkas som CSV \((?P<reason>.+)\)", "the file could not be read as CSV ({reason})"),
    (r"raden har (?P<seen>\d+) fält men rubrikraden har (?P<expected>\d+)",
     "the row has {seen} fields but the header row has {expected}"),
    (r'ett citattecken \(\"\) öppnas men stängs aldrig', 'a quote (") is opened but never closed'),
    (r"arbetsboken innehåller makron och tas inte emot", "the workbook contains macros and is not accepted"),
    (r"arbetsboken packas upp till (?P<size>\d+) MB och tas inte emot \(gräns 100 MB\)",
     "the workbook unpacks to {size} MB and is not accepted (limit 100 MB)"),
    (r"filen är inte en läsbar \.xlsx-arbetsbok \((?P<reason>.+)\)", "the file is not a readable .xlsx workbook ({reason})"),
    (r"bladet (?P<sheet>.+) finns inte; bladen är (?P<sheets>.*)", "the sheet {sheet} does not exist; the sheets are {sheets}"),
    (r"bladet är tomt", "the sheet is empty"),
    (r"cellen har en formel utan sparat värde: öppna filen i Excel och spara den igen",
     "the cell has a formula without a saved value: open the file in Excel and save it again"),
    (r"filen har bara en rubrikrad och inga värden", "the file has only a header row and no values"),
    (r"hittade ingen avgränsare: separera kolumnerna med komma, semikolon eller tabb",
     "found no delimiter: separate the columns with commas, semicolons or tabs"),
    (r"raden verkar använda en annan avgränsare än rubrikraden", "the row seems to use another delimiter than the header row"),
    (r"filen har fler än (?P<limit>\d+) rader; dela upp den", "the file has more than {limit} rows; split it"),
    (r"kolumnen har värden men ingen rubrik", "the column has values but no heading"),
    (r"filen har (?P<count>\d+) kolumner; gränsen är (?P<limit>\d+)", "the file has {count} columns; the limit is {limit}"),
    (r"cellen är (?P<count>\d+) tecken lång; gränsen är (?P<limit>\d+)",
     "the cell is {count} characters long; the limit is {limit}"),
    (r"ange kommun för tabellen \(alternativet (?P<flag>.+)\)", "give the table's municipality (the option {flag})"),
    (r"ange målområde för tabellen \(alternativet (?P<flag>.+)\)", "give the table's goal area (the option {flag})"),
    (r"okänd kolumnrubrik: väntade t\.ex\. 'Utfall 2018', 'Mål 2019', 'Målvärde 2020' eller ett årtal",
     "unknown column heading: expected e.g. 'Utfall 2018', 'Mål 2019', 'Målvärde 2020' or a year"),
    (r"kolumnen saknar år: skriv t\.ex\. 'Målvärde 2020' eller ange målåret",
     "the column has no year: write e.g. 'Målvärde 2020' or give the target year"),
    (r"raden har värden men inget indikatornamn", "the row has values but no indicator name"),
    (r"indikatorn finns redan på en tidigare rad i tabellen", "the indicator is already on an earlier row of the table"),
    (r"(?P<count>\d+) indikator\(er\) saknar riktning och antas bli bättre när värdet ökar; lägg till kolumnen "
     r"'Riktning' \(ökar/minskar\) där lägre är bättre",
     "{count} indicator(s) have no direction and are taken to improve as the value rises; add the column "
     "'Riktning' (ökar/minskar) where lower is better"),
    (r"(?P<text>.+) har ett annat decimaltecken än resten av filen \(som använder komma\); skriv alla tal på samma sätt",
     "{text} has another decimal mark than the rest of the file (which uses commas); write every number the same way"),
    (r"(?P<text>.+) har ett annat decimaltecken än resten av filen \(som använder punkt\); skriv alla tal på samma sätt",
     "{text} has another decimal mark than the rest of the file (which uses points); write every number the same way"),
    (r"samma kommun, område, indikator, år och publiceringsdatum finns redan i (?P<file>.+) rad (?P<row>\d+) men "
     r"med ett annat värde",
     "the same municipality, area, indicator, year and publication date is already in {file} row {row} but with "
     "another value"),
    (r"(?P<count>\d+) rader finns redan i data och hoppas över", "{count} rows are already in the data and are skipped"),
    (r"filen kunde inte tas emot; försök igen", "the file could not be received; try again"),
    (r"filen är (?P<size>\d+) kB; gränsen är (?P<limit>.+)", "the file is {size} kB; the limit is {limit}"),
    (r"filen kunde inte läsas på grund av ett internt fel; kontakta förvaltaren av Målbild",
     "the file could not be read because of an internal error; contact Målbild's administrator"),
    (r"mappen innehåller inga CSV-filer", "the folder contains no CSV files"),
    (r"filen eller mappen finns inte", "the file or folder does not exist"),
    (r"inga data kunde läsas in", "no data could be loaded"),
)
WORDS = {"en": {"row": "row", "column": "column", "warning": "Warning: "}}


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(f"^{pattern}$", re.DOTALL), template) for pattern, template in MESSAGES)


def translate_message(message: str, lang: str) -> tuple[str, bool]:
    """(the message in `lang`, whether it is in `lang`); Swedish messages are returned as they are."""
    if language(lang) == DEFAULT:
        return message, True
    for pattern, template in _patterns():
        found = pattern.match(message)
        if found:
            return template.format(**found.groupdict()), True
    return message, False


def describe_problem(problem: Problem, lang: str) -> tuple[str, bool]:
    """The problem as a sentence in `lang`, with where it is (file, row, column), and whether the
    sentence is in `lang` (else it is the Swedish one)."""
    message, translated = translate_message(problem.message, lang)
    if language(lang) == DEFAULT or not translated:
        return problem.describe(), language(lang) == DEFAULT
    words = WORDS[language(lang)]
    where = [problem.file]
    if problem.row is not None:
        where.append(f"{words['row']} {problem.row}")
    if problem.column is not None:
        where.append(f"{words['column']} {problem.column}")
    prefix = words["warning"] if problem.severity == WARNING else ""
    return f"{prefix}{', '.join(where)}: {message}", True
