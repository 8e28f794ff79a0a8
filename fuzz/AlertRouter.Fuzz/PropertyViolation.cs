namespace AlertRouter.Fuzz;

/// <summary>A checked property does not hold for an input (as opposed to an exception the code under test threw).</summary>
internal sealed class PropertyViolation(string message) : Exception(message)
{
    public static void Unless(bool holds, string property)
    {
        if (!holds)
        {
            throw new PropertyViolation(property);
        }
    }
}
