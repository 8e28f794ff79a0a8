namespace AlertRouter.Templating.Html;

/// <summary>html/template's parser states (Go's <c>state</c>); names print as Go's stringer does ("stateText").</summary>
internal enum HtmlState
{
    Text,
    Tag,
    AttrName,
    AfterName,
    BeforeValue,
    HTMLCmt,
    RCDATA,
    Attr,
    URL,
    Srcset,
    JS,
    JSDqStr,
    JSSqStr,
    JSBqStr,
    JSRegexp,
    JSBlockCmt,
    JSLineCmt,
    CSS,
    CSSDqStr,
    CSSSqStr,
    CSSDqURL,
    CSSSqURL,
    CSSURL,
    CSSBlockCmt,
    CSSLineCmt,
    Error,
    Dead,
}
