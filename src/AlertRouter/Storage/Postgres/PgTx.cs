using Npgsql;

namespace AlertRouter.Storage.Postgres;

/// <summary>A connection inside one transaction, with small helpers for parameterised statements.</summary>
internal sealed class PgTx(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    public NpgsqlConnection Connection => connection;

    public NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters) =>
        PgSql.Command(connection, transaction, sql, parameters);

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a query and maps every row.</summary>
    public Task<List<T>> ListAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        PgSql.ListAsync(connection, transaction, sql, map, ct, parameters);
}
