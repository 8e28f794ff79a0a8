namespace AlertRouter.Templating.Parse;

internal enum BranchKind
{
    If,
    Range,
    With,
}
