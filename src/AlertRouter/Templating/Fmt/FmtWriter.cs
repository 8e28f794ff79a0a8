using System.Globalization;
using System.Text;

namespace AlertRouter.Templating.Fmt;

/// <summary>Go's fmt.fmt: padding and the formatting of integers, floats, strings and runes (format.go).</summary>
internal sealed class FmtWriter(StringBuilder buf)
{
    private const string LDigits = "0123456789abcdefx";
    private const string UDigits = "0123456789ABCDEFX";

    public FmtFlags F;

    public StringBuilder Buf { get; } = buf;

    public void ClearFlags() => F = default;

    private void WritePadding(int n)
    {
        if (n <= 0)
        {
            return;
        }

        Buf.Append(F.Zero && !F.Minus ? '0' : ' ', n);
    }

    /// <summary>Appends s padded to the width; width counts runes.</summary>
    public void Pad(string s)
    {
        if (!F.WidPresent || F.Wid == 0)
        {
            Buf.Append(s);
            return;
        }

        var width = F.Wid - GoString.RuneCount(s);
        if (!F.Minus)
        {
            WritePadding(width);
            Buf.Append(s);
        }
        else
        {
            Buf.Append(s);
            WritePadding(width);
        }
    }

    public void FmtBoolean(bool v) => Pad(v ? "true" : "false");

    public void FmtUnicode(ulong u)
    {
        var prec = 4;
        if (F.PrecPresent && F.Prec > 4)
        {
            prec = F.Prec;
        }

        var sb = new StringBuilder();
        sb.Append("U+");
        var hex = u.ToString("X", CultureInfo.InvariantCulture);
        if (hex.Length < prec)
        {
            sb.Append('0', prec - hex.Length);
        }

        sb.Append(hex);
        if (F.Sharp && u <= 0x10FFFF && GoQuoting.IsPrint((int)u))
        {
            sb.Append(" '");
            GoQuoting.AppendRune(sb, (int)u);
            sb.Append('\'');
        }

        var oldZero = F.Zero;
        F.Zero = false;
        Pad(sb.ToString());
        F.Zero = oldZero;
    }

    public void FmtInteger(ulong u, int b, bool isSigned, char verb, bool upper)
    {
        var digits = upper ? UDigits : LDigits;
        var negative = isSigned && (long)u < 0;
        if (negative)
        {
            u = 0 - u;
        }

        var prec = 0;
        if (F.PrecPresent)
        {
            prec = F.Prec;
            if (prec == 0 && u == 0)
            {
                var oldZero = F.Zero;
                F.Zero = false;
                WritePadding(F.Wid);
                F.Zero = oldZero;
                return;
            }
        }
        else if (F.Zero && F.WidPresent)
        {
            prec = F.Wid;
            if (negative || F.Plus || F.Space)
            {
                prec--;
            }
        }

        var chars = new Stack<char>();
        if (u == 0)
        {
            chars.Push('0');
        }

        while (u > 0)
        {
            chars.Push(digits[(int)(u % (ulong)b)]);
            u /= (ulong)b;
        }

        while (chars.Count < prec)
        {
            chars.Push('0');
        }

        if (F.Sharp)
        {
            switch (b)
            {
                case 2:
                    chars.Push('b');
                    chars.Push('0');
                    break;
                case 8:
                    if (chars.Peek() != '0')
                    {
                        chars.Push('0');
                    }

                    break;
                case 16:
                    chars.Push(digits[16]);
                    chars.Push('0');
                    break;
            }
        }

        if (verb == 'O')
        {
            chars.Push('o');
            chars.Push('0');
        }

        if (negative)
        {
            chars.Push('-');
        }
        else if (F.Plus)
        {
            chars.Push('+');
        }
        else if (F.Space)
        {
            chars.Push(' ');
        }

        var oldZero2 = F.Zero;
        F.Zero = false;
        Pad(new string(chars.ToArray()));
        F.Zero = oldZero2;
    }

    public void FmtC(ulong c)
    {
        var r = c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : (int)c;
        var sb = new StringBuilder();
        GoQuoting.AppendRune(sb, r);
        Pad(sb.ToString());
    }

    public void FmtQc(ulong c)
    {
        var sb = new StringBuilder();
        GoQuoting.QuoteRune(sb, c > 0x10FFFF ? 0xFFFD : (long)c, F.Plus);
        Pad(sb.ToString());
    }

    private string Truncate(string s)
    {
        if (F.PrecPresent)
        {
            return GoString.FirstRunes(s, Math.Max(F.Prec, 0));
        }

        return s;
    }

    public void FmtS(string s) => Pad(Truncate(s));

    public void FmtSbx(string s, bool upper)
    {
        var bytes = GoString.ToBytes(s);
        var digits = upper ? UDigits : LDigits;
        var length = bytes.Length;
        if (F.PrecPresent && F.Prec < length)
        {
            length = F.Prec;
        }

        var width = 2 * length;
        if (width > 0)
        {
            if (F.Space)
            {
                if (F.Sharp)
                {
                    width *= 2;
                }

                width += length - 1;
            }
            else if (F.Sharp)
            {
                width += 2;
            }
        }
        else
        {
            if (F.WidPresent)
            {
                WritePadding(F.Wid);
            }

            return;
        }

        if (F.WidPresent && F.Wid > width && !F.Minus)
        {
            WritePadding(F.Wid - width);
        }

        if (F.Sharp)
        {
            Buf.Append('0').Append(digits[16]);
        }

        for (var i = 0; i < length; i++)
        {
            if (F.Space && i > 0)
            {
                Buf.Append(' ');
                if (F.Sharp)
                {
                    Buf.Append('0').Append(digits[16]);
                }
            }

            Buf.Append(digits[bytes[i] >> 4]).Append(digits[bytes[i] & 0xF]);
        }

        if (F.WidPresent && F.Wid > width && F.Minus)
        {
            WritePadding(F.Wid - width);
        }
    }

    public void FmtQ(string s)
    {
        s = Truncate(s);
        if (F.Sharp && CanBackquote(s))
        {
            Pad("`" + s + "`");
            return;
        }

        var sb = new StringBuilder();
        GoQuoting.Quote(sb, s, F.Plus);
        Pad(sb.ToString());
    }

    private static bool CanBackquote(string s)
    {
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out var raw);
            i += w;
            if (raw >= 0 || (w == 1 && r == 0xFEFF))
            {
                return false;
            }

            if (w == 1 && r < 0x80 && (r == '`' || r == 0x7F || (r < ' ' && r != '\t')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Go's fmt.fmtFloat: strconv digits plus sign, padding, '#' and the %v tail rules.</summary>
    public void FmtFloat(double v, int size, char verb, int prec)
    {
        if (F.PrecPresent)
        {
            prec = F.Prec;
        }

        var num = new StringBuilder();
        num.Append('+');
        GoFloat.Append(num, v, verb == 'F' ? 'f' : verb, prec, size);
        if (verb == 'v')
        {
            verb = 'g';
        }

        if (num[1] is '-' or '+')
        {
            num.Remove(0, 1);
        }
        else
        {
            num[0] = '+';
        }

        if (F.Space && num[0] == '+' && !F.Plus)
        {
            num[0] = ' ';
        }

        if (num[1] is 'I' or 'N')
        {
            var oldZero = F.Zero;
            F.Zero = false;
            if (num[1] == 'N' && !F.Space && !F.Plus)
            {
                num.Remove(0, 1);
            }

            Pad(num.ToString());
            F.Zero = oldZero;
            return;
        }

        if (F.Sharp && verb != 'b')
        {
            ApplySharp(num, verb, prec);
        }

        if (F.Plus || num[0] != '+')
        {
            if (F.Zero && F.WidPresent && F.Wid > num.Length)
            {
                Buf.Append(num[0]);
                WritePadding(F.Wid - num.Length);
                Buf.Append(num, 1, num.Length - 1);
                return;
            }

            Pad(num.ToString());
            return;
        }

        Pad(num.ToString(1, num.Length - 1));
    }

    private static void ApplySharp(StringBuilder num, char verb, int prec)
    {
        var digits = 0;
        switch (verb)
        {
            case 'v' or 'g' or 'G' or 'x':
                digits = prec;
                if (digits == -1)
                {
                    digits = 6;
                }

                break;
        }

        var tail = "";
        var s = num.ToString();
        var sawNonzero = false;
        var result = new StringBuilder();
        result.Append(s[0]);
        var i = 1;
        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '.':
                    digits = -1000;
                    goto default;
                case 'p' or 'P':
                    tail = s[i..];
                    i = s.Length;
                    continue;
                case 'e' or 'E':
                    if (verb is not ('x' or 'X'))
                    {
                        tail = s[i..];
                        i = s.Length;
                        continue;
                    }

                    goto default;
                default:
                    if (s[i] != '0')
                    {
                        sawNonzero = true;
                    }

                    if (sawNonzero)
                    {
                        digits--;
                    }

                    result.Append(s[i]);
                    break;
            }
        }

        var hasDot = s.Contains('.', StringComparison.Ordinal);
        if (!hasDot)
        {
            if (result.Length == 2 && result[1] == '0')
            {
                digits--;
            }

            result.Append('.');
        }

        while (digits > 0)
        {
            result.Append('0');
            digits--;
        }

        result.Append(tail);
        num.Clear().Append(result);
    }
}
