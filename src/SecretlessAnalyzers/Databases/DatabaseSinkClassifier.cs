using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Databases
{
    /// <summary>Where a database connection string goes, and to which client.</summary>
    /// <param name="Sink">One of <see cref="SecretSinks"/>.</param>
    public readonly record struct DatabaseUse(string Sink, DatabaseClient Client);

    /// <summary>
    /// Finds the database client that receives a connection string, by binding only the call or assignment that
    /// takes it (or, for a const, field or local, the places in the same file that read it).
    /// </summary>
    public static class DatabaseSinkClassifier
    {
        public static DatabaseUse Classify(ExpressionSyntax value, SemanticModel semanticModel, DatabaseSymbols symbols, CancellationToken cancellationToken)
        {
            if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                return ClassifyUse(value, semanticModel, symbols, cancellationToken);
            }

            // Every place that reads the variable must go to the same client; the legacy clients decide the message.
            DatabaseClient? combined = null;
            foreach (var reference in ValueReferences.InTree(declarator, semanticModel, cancellationToken))
            {
                var client = ClassifyUse(reference, semanticModel, symbols, cancellationToken).Client;
                if (client is DatabaseClient.SystemSqlClient or DatabaseClient.MySqlData)
                {
                    return new DatabaseUse(SecretSinks.Declaration, client);
                }

                combined = combined is null || combined == client ? client : Combine(combined.Value, client);
            }

            return new DatabaseUse(SecretSinks.Declaration, combined ?? DatabaseClient.Unknown);
        }

        /// <summary>
        /// Two different clients of one connection string: Npgsql data sources of any form are fixed use by use; a
        /// connection that cannot refresh a token decides the message; anything else is unknown.
        /// </summary>
        private static DatabaseClient Combine(DatabaseClient first, DatabaseClient second)
        {
            if (IsNpgsqlDataSource(first) && IsNpgsqlDataSource(second))
            {
                return first;
            }

            return first is DatabaseClient.NpgsqlConnection or DatabaseClient.MySqlConnectorConnection ? first
                : second is DatabaseClient.NpgsqlConnection or DatabaseClient.MySqlConnectorConnection ? second
                : DatabaseClient.Unknown;

            static bool IsNpgsqlDataSource(DatabaseClient client) =>
                client is DatabaseClient.NpgsqlDataSourceBuilder or DatabaseClient.NpgsqlDataSourceCreate or DatabaseClient.NpgsqlEntityFramework;
        }

        /// <summary>The client of one expression that holds the connection string: an argument or a <c>ConnectionString</c> assignment.</summary>
        public static DatabaseUse ClassifyUse(ExpressionSyntax value, SemanticModel semanticModel, DatabaseSymbols symbols, CancellationToken cancellationToken)
        {
            if (value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } }
                && semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.Constructor)
                {
                    return new DatabaseUse(SecretSinks.ClientConstructor, symbols.ClientOf(method.ContainingType));
                }

                var client = symbols.ClientOfMethod(method);
                return new DatabaseUse(client == DatabaseClient.Unknown ? SecretSinks.Other : SecretSinks.ClientRegistration, client);
            }

            if (value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value
                && semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol { Name: "ConnectionString" } property)
            {
                return new DatabaseUse(SecretSinks.ClientConstructor, symbols.ClientOf(property.ContainingType));
            }

            return new DatabaseUse(SecretSinks.Other, DatabaseClient.Unknown);
        }
    }
}
