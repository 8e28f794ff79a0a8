namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Collects every field a message builder renders, in order, instead of sending: set on
/// <see cref="NotificationContext.Preview"/>, it makes <see cref="TemplateRenderer"/> record each field and turn a
/// failing one into an empty value with its error, so one bad field does not hide the others.
/// </summary>
internal sealed class TemplatePreview
{
    private readonly List<RenderedField> _fields = [];

    public IReadOnlyList<RenderedField> Fields => _fields;

    public void Add(RenderedField field)
    {
        lock (_fields)
        {
            _fields.Add(field);
        }
    }
}
