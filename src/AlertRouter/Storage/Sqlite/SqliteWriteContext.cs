using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

/// <summary>The writer's connection inside the current transaction, with prepared commands reused by SQL text.</summary>
internal sealed class SqliteWriteContext(SqliteConnection connection)
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction Transaction { get; set; } = null!;

    public SqliteConnection Connection => connection;

    /// <summary>A cached command for <paramref name="sql"/> with its parameters cleared, bound to the current transaction.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = Transaction;
        return command;
    }

    public void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
