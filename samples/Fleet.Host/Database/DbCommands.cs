using System.Data.Common;

namespace Fleet.Host.Database;

/// <summary>Small helpers so each store reads as its SQL: named parameters (@name works on both databases).</summary>
internal static class DbCommands
{
    public static DbCommand Command(
        this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
