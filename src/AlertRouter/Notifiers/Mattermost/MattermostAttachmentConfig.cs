namespace AlertRouter.Notifiers.Mattermost;

/// <summary>One configured attachment (Slack-compatible message attachment): every string a template.</summary>
public sealed record MattermostAttachmentConfig
{
    public string? Fallback { get; init; }

    public string? Color { get; init; }

    public string? Pretext { get; init; }

    public string? Text { get; init; }

    public string? AuthorName { get; init; }

    public string? AuthorLink { get; init; }

    public string? AuthorIcon { get; init; }

    public string? Title { get; init; }

    public string? TitleLink { get; init; }

    public IReadOnlyList<MattermostField> Fields { get; init; } = [];

    public string? ThumbUrl { get; init; }

    public string? Footer { get; init; }

    public string? FooterIcon { get; init; }

    public string? ImageUrl { get; init; }

    /// <summary>Every template with its YAML name, for validation at load.</summary>
    public IEnumerable<(string Name, string? Source)> Templates(string prefix) =>
        new (string, string?)[]
        {
            ("fallback", Fallback), ("color", Color), ("pretext", Pretext), ("text", Text), ("author_name", AuthorName),
            ("author_link", AuthorLink), ("author_icon", AuthorIcon), ("title", Title), ("title_link", TitleLink),
            ("thumb_url", ThumbUrl), ("footer", Footer), ("footer_icon", FooterIcon), ("image_url", ImageUrl),
        }
        .Concat(Fields.SelectMany((f, i) => new (string, string?)[] { ($"fields[{i}].title", f.Title), ($"fields[{i}].value", f.Value) }))
        .Select(t => (prefix + t.Item1, t.Item2));
}
