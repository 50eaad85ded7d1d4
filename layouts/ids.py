"""Every component id used by layouts and callbacks, in one place."""

URL = "url"
SELECTION = "selection-store"
ROOT = "page-root"

MUNICIPALITY = "filter-municipality"
AREA = "filter-area"
GOAL_AREA = "filter-goal-area"
YEAR = "filter-year"
AS_OF = "filter-as-of"
PEERS = "filter-peers"
GENDER = "filter-gender"
GENDER_FIELD = "filter-gender-field"  # the column around it: hidden when the data has the total only
MEETING = "meeting-mode"

NOTICES = "notices"
LIVE = "live-region"
HEADING = "view-heading"
STATUS_SUMMARY = "status-summary"
OVERVIEW = "overview"
SCORECARD = "scorecard"
GAP_CHART = "gap-chart"
EXPORT_CSV = "export-csv"
EXPORT_XLSX = "export-xlsx"
EXPORT_GOALS = "export-goals"

DETAIL = "indicator-detail"
DETAIL_TITLE = "indicator-detail-title"
DETAIL_BODY = "indicator-detail-body"
DETAIL_CLOSE = "indicator-detail-close"
INDICATOR_CHART = "indicator-chart"
DEFINITION = "indicator-definition-part"
DEFINITION_HEADING = "indicator-definition-heading"

# a goal area in the overview: its summary (clicked to open it) and its body, filled when first opened
GOAL_AREA_SUMMARY = "goal-area-summary"
GOAL_AREA_BODY = "goal-area-body"


def goal_area_part(kind: str, name: str, shown: bool) -> dict:
    """The id of a goal area's summary or body (`kind`); `shown`: its body came with the page."""
    return {"type": kind, "goal_area": name, "shown": shown}


NAV = "view-nav"
COMPARE = "compare"
COMPARE_INDICATOR = "compare-indicator"
COMPARE_AREAS = "compare-areas"
COMPARE_MUNICIPALITIES = "compare-municipalities"
COMPARE_BARS = "compare-bars"
COMPARE_LINES = "compare-lines"
COMPARE_TABLE = "compare-table"
COMPARE_RESULTS = "compare-results"
COMPARE_OVER_TIME = "compare-over-time"
COMPARE_GENDERS = "compare-genders"  # the districts split by gender (its part)
COMPARE_GENDER_BARS = "compare-gender-bars"
COMPARE_EXPORT = "compare-export"

UPLOAD = "upload"
UPLOAD_MUNICIPALITY = "upload-municipality"
UPLOAD_CODE = "upload-municipality-code"
UPLOAD_GOAL_AREA = "upload-goal-area"
UPLOAD_PUBLISHED = "upload-published"
UPLOAD_SOURCE = "upload-source"
UPLOAD_PREVIEW = "upload-preview"
UPLOAD_ADD = "upload-add"
UPLOAD_CLEAR = "upload-clear"
UPLOAD_LIST = "upload-list"
PENDING_UPLOAD = "upload-pending"
SESSION_DATA = "session-data"

EXPORT_PPTX = "export-pptx"
EXPORT_DOCX = "export-docx"
COPY_LINK = "copy-link"
EMBED_CODE = "embed-code"
COPY_EMBED = "copy-embed"
# the embed builder: what to embed, in which language and how high; its live preview
EMBED_KIND = "embed-kind"
EMBED_LANG = "embed-lang"
EMBED_HEIGHT = "embed-height"
EMBED_PREVIEW = "embed-preview"
SHARE_SUMMARY = "share-summary"
GRAPHS = (GAP_CHART, INDICATOR_CHART, COMPARE_BARS, COMPARE_LINES, COMPARE_GENDER_BARS)

SESSION_DOWNLOADS = "session-downloads"
SESSION_CSV = "session-csv"
SESSION_XLSX = "session-xlsx"
DOWNLOAD = "download"

LANGUAGE = "page-language"
# the browser window's width, so charts can be drawn for a phone
VIEWPORT = "viewport"
LANGUAGE_SWITCH = "language-switch"
STATEMENT_LINK = "statement-link"
DETAILS_HEADING = "details-heading"
# Each chart's text alternative: a one-sentence summary and its data as a table.
CHART_SUMMARY = "{}-summary"
CHART_TABLE = "{}-table"
# The meeting screen's pager: the arrow keys and Page Up/Down follow these links
MEETING_PREV = "meeting-prev"
MEETING_NEXT = "meeting-next"

# the written follow-up: an edit button per goal (pattern id), the editor dialog and its stores
FOLLOWUP_EDIT = "followup-edit"
FOLLOWUP_EDITOR = "followup-editor"
FOLLOWUP_TITLE = "followup-title"
FOLLOWUP_CONTEXT = "followup-context"
FOLLOWUP_ASSESSMENT = "followup-assessment"
FOLLOWUP_ANALYSIS = "followup-analysis"
FOLLOWUP_MESSAGE = "followup-message"
FOLLOWUP_THEIRS = "followup-theirs"
FOLLOWUP_HISTORY = "followup-history"
FOLLOWUP_SAVE_DRAFT = "followup-save-draft"
FOLLOWUP_MARK_READY = "followup-mark-ready"
FOLLOWUP_APPROVE = "followup-approve"
FOLLOWUP_CLOSE = "followup-close"
FOLLOWUP_TARGET = "followup-target"
FOLLOWUP_DRAFTS = "followup-drafts"  # texts typed but not saved, in the browser's local storage
FOLLOWUP_SAVED = "followup-saved"  # counts saves, so the overview redraws with the new text
FOLLOWUP_ASKED = "followup-asked"  # the goal whose edit button was clicked (set in the browser)
ACCOUNT = "account"


def followup_edit(goal_area: str, goal: str) -> dict:
    return {"type": FOLLOWUP_EDIT, "goal_area": goal_area, "goal": goal}
