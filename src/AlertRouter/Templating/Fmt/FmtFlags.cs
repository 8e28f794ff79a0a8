namespace AlertRouter.Templating.Fmt;

/// <summary>The flags, width and precision of one fmt verb (Go's fmt.fmtFlags plus wid/prec).</summary>
internal struct FmtFlags
{
    public bool WidPresent;
    public bool PrecPresent;
    public bool Minus;
    public bool Plus;
    public bool Sharp;
    public bool Space;
    public bool Zero;
    public bool PlusV;
    public bool SharpV;
    public int Wid;
    public int Prec;
}
