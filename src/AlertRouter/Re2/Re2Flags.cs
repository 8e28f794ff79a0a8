namespace AlertRouter.Re2;

[Flags]
internal enum Re2Flags
{
    None = 0,
    FoldCase = 1,
    OneLine = 2,
    DotNewline = 4,
    NonGreedy = 8,
}
