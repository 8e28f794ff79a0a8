namespace AlertRouter.Ui;

/// <param name="Name">The page's script (<c>assets/NAME.js</c>) and its id in the nav bar.</param>
/// <param name="Path">The segment after <c>/ui/</c>; empty for the overview.</param>
internal sealed record UiPage(string Name, string Path, string Title);
