namespace AlertRouter.Yaml;

/// <summary>YAML 1.1 booleans as Go's yaml.v2 resolves plain scalars (y, yes, on, true … and their opposites).</summary>
public static class YamlBool
{
    public static bool TryParse(string value, out bool result)
    {
        switch (value)
        {
            case "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE":
                result = true;
                return true;
            case "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }
}
