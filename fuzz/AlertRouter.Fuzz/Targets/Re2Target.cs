using System.Text;
using System.Text.RegularExpressions;
using AlertRouter.Re2;
using AlertRouter.Routing;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// Matcher regexes (<c>=~</c>, <c>!~</c>): the input is a pattern, then NUL-separated subjects. A pattern Go rejects
/// fails with <see cref="Re2Exception"/> and nothing else; one it accepts must answer every subject as
/// <see cref="Re2Reference"/> does (when that is small enough), and a shortcut shape as the regex engine alone does.
/// The one documented difference from Go (docs/configuration.md) is left out: <c>\b</c> and <c>\B</c> use .NET's Unicode
/// word characters, so those patterns are compared with the reference on ASCII subjects only.
/// </summary>
internal sealed class Re2Target : IFuzzTarget
{
    private const int MaxSubjects = 4;

    public string Name => "re2";

    public void Run(ReadOnlySpan<byte> input)
    {
        var fields = FuzzText.Fields(input);
        var pattern = fields[0];
        GoRegexp regex;
        try
        {
            regex = GoRegexp.Compile(pattern);
        }
        catch (Re2Exception e)
        {
            PropertyViolation.Unless(e.Message.StartsWith("error parsing regexp: ", StringComparison.Ordinal), "a rejection has Go's message");
            return;
        }

        var tree = Re2Parser.Parse("^(?:" + pattern + ")$");
        var unicodeBoundary = HasWordBoundary(tree);
        var engine = regex.IsFastPath ? new Regex(Re2Emitter.Emit(tree), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant) : null;
        foreach (var subject in fields.Skip(1).Take(MaxSubjects).Append(""))
        {
            var matched = regex.IsMatch(subject);
            PropertyViolation.Unless(engine is null || matched == engine.IsMatch(subject), $"shortcut and engine agree on {Show(subject)}");
            if ((!unicodeBoundary || Ascii.IsValid(subject)) && Re2Reference.IsMatch(tree, subject) is { } expected)
            {
                PropertyViolation.Unless(matched == expected, $"the match agrees with the reference on {Show(subject)} (reference: {expected})");
            }
        }
    }

    private static bool HasWordBoundary(Re2Node node) =>
        node.Kind is Re2NodeKind.WordBoundary or Re2NodeKind.NoWordBoundary || node.Subs.Any(HasWordBoundary);

    private static string Show(string subject) => Model.GoQuote.Quote(subject);
}
