namespace AlertRouter.Storage.Sqlite;

/// <summary>
/// The alert version counter. Versions come from one sequence across all alerts, assigned on the writer thread in
/// commit order, so "changed after version N" is a complete change feed for readers.
/// </summary>
internal sealed class SqliteVersions
{
    private long _last = -1;

    /// <summary>Next version; call on the writer thread only.</summary>
    public long Next(SqliteWriteContext context)
    {
        if (_last < 0)
        {
            _last = Convert.ToInt64(context.Command("SELECT coalesce(max(version), 0) FROM alerts").ExecuteScalar(),
                System.Globalization.CultureInfo.InvariantCulture);
        }

        return ++_last;
    }
}
