using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Html;

/// <summary>The escaped copy of a template and of every template it calls (by context-mangled name), or Go's error.</summary>
internal sealed record EscapeResult(ParsedTree Root, Func<string, ParsedTree?> Lookup, string? Error);
