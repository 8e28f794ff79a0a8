namespace AlertRouter.Templating.Html;

/// <summary>The kind of attribute whose value is being parsed (Go's <c>attr</c>).</summary>
internal enum AttrKind
{
    None,
    Script,
    ScriptType,
    Style,
    URL,
    Srcset,
}
