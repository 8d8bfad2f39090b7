using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.KeyBased;

namespace SecretlessAnalyzers.Databases
{
    /// <summary>
    /// The database role SL1003 names, from what the code does with the connection (or data source) the connection
    /// string is given to: reads only give db_datareader (GRANT SELECT), any write db_datareader and db_datawriter
    /// (GRANT SELECT, INSERT, UPDATE, DELETE). Computed only for a reported secret.
    /// </summary>
    public static class DatabaseUsage
    {
        // Types that run commands (directly or through the connections they hand out); builders of connection strings are not.
        private static readonly HashSet<string> ConnectionTypeNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "SqlConnection", "NpgsqlConnection", "NpgsqlDataSource", "NpgsqlDataSourceBuilder", "NpgsqlSlimDataSourceBuilder",
            "MySqlConnection", "MySqlDataSource", "MySqlDataSourceBuilder",
        };

        // Declared before WritingStatements, which uses it (static initializers run in order).
        private static readonly string[] SchemaObjects = { "TABLE", "VIEW", "INDEX", "PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "SCHEMA", "TYPE", "SEQUENCE", "EXTENSION" };

        // Statements that change data or schema, or run code that may: a "read-only" ExecuteScalar of "INSERT ... OUTPUT" still writes.
        // Each with a word the statement also holds, so "Update available" or "Delete failed" in a message is not taken for SQL.
        private static readonly (string Keyword, string[] Companions)[] WritingStatements =
        {
            ("INSERT", new[] { "INTO" }), ("UPDATE", new[] { "SET" }), ("DELETE", new[] { "FROM", "WHERE" }), ("MERGE", new[] { "USING" }),
            ("UPSERT", new[] { "INTO" }), ("COPY", new[] { "FROM" }), ("TRUNCATE", new[] { "TABLE" }),
            ("EXEC", Array.Empty<string>()), ("EXECUTE", Array.Empty<string>()), ("CALL", Array.Empty<string>()),
            ("CREATE", SchemaObjects), ("ALTER", SchemaObjects), ("DROP", SchemaObjects),
        };

        // Bound for the command-text scan: a type with more string literals than this keeps the role from the calls.
        private const int MaxLiterals = 512;

        /// <summary>The client whose role SL1003 derives, with the broad role used when the uses are unknown; null for servers outside Azure.</summary>
        public static KnownClient? ClientFor(DatabaseHostKind host) => host switch
        {
            DatabaseHostKind.AzureSql => new KnownClient(Services.AzureSql.DisplayName, UsageRoles.SqlWriterRole, null),
            DatabaseHostKind.AzurePostgreSql => new KnownClient(Services.PostgreSql.DisplayName, Roles.PostgreSqlPrincipal.Name, null),
            DatabaseHostKind.AzureMySql => new KnownClient(Services.MySql.DisplayName, Roles.MySqlPrincipal.Name, null),
            _ => null,
        };

        /// <summary>
        /// The role for the connection string <paramref name="value"/>: given to a connection or data source (or held
        /// in a variable whose every read is), from the calls on it and the commands derived from it; else the broad role.
        /// </summary>
        public static UsageRole RoleFor(ExpressionSyntax value, KnownClient client, DatabaseSymbols symbols, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var uses = value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                ? ValueReferences.InTree(declarator, semanticModel, cancellationToken)
                : new List<ExpressionSyntax> { value };
            var usages = new List<ClientUsage>();
            var scopes = new List<SyntaxNode>();
            foreach (var use in uses)
            {
                var creation = ConnectionCreatedWith(use, symbols, semanticModel, cancellationToken);
                if (creation is null)
                {
                    // The string also goes somewhere the analysis does not follow (EF Core, a builder, a method).
                    return new UsageRole(client.Service, client.Role, string.Empty);
                }

                usages.Add(ClientUsage.Of(creation, semanticModel, cancellationToken));
                scopes.Add(creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? (SyntaxNode)creation.SyntaxTree.GetRoot(cancellationToken));
            }

            if (usages.Count == 0)
            {
                return new UsageRole(client.Service, client.Role, string.Empty);
            }

            var role = UsageRoles.For(client, usages);
            if (usages.Any(usage => usage.EscapeReason is not null))
            {
                return role;
            }

            // Command texts that change the schema (CREATE TABLE...) need a schema role whatever the calls; texts that
            // write make a "read-only" ExecuteScalar of "INSERT ... OUTPUT" a write.
            string? statement = null;
            foreach (var scope in scopes)
            {
                var found = WritingStatementIn(scope, cancellationToken);
                if (found is "CREATE" or "ALTER" or "DROP")
                {
                    return new UsageRole(client.Service, UsageRoles.DatabaseSchemaRole(client), role.Reason + ", and a command text that changes the schema (" + found + ")", role.Operations);
                }

                statement ??= found;
            }

            if (statement is not null && UsageRoles.IsDatabaseReadOnly(role.Role))
            {
                var why = statement.Length == 0 ? ", and more command texts than the analysis reads" : ", and a command text that writes (" + statement + ")";
                return new UsageRole(client.Service, UsageRoles.DatabaseWriteRole(client), role.Reason + why, role.Operations);
            }

            return role;
        }

        /// <summary><c>new SqlConnection(value)</c>, <c>new NpgsqlDataSourceBuilder(value)</c>, <c>NpgsqlDataSource.Create(value)</c>...</summary>
        private static ExpressionSyntax? ConnectionCreatedWith(ExpressionSyntax value, DatabaseSymbols symbols, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } }
                || DatabaseSinkClassifier.ClassifyUse(value, semanticModel, symbols, cancellationToken).Client == DatabaseClient.Unknown)
            {
                return null;
            }

            var type = semanticModel.GetTypeInfo(call, cancellationToken).Type;
            return type is not null && ConnectionTypeNames.Contains(type.Name) ? call : null;
        }

        /// <summary>
        /// The first word of a string literal in <paramref name="scope"/> that starts a statement which writes (a schema
        /// change, CREATE/ALTER/DROP, wins); empty when there are too many to check; else null.
        /// </summary>
        private static string? WritingStatementIn(SyntaxNode scope, CancellationToken cancellationToken)
        {
            var literals = 0;
            string? first = null;
            foreach (var token in scope.DescendantTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                    && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                {
                    continue;
                }

                if (++literals > MaxLiterals)
                {
                    // Unchecked texts may write: keep the role that writes.
                    return string.Empty;
                }

                // The first writing statement, unless a later one changes the schema.
                if (FirstWritingWord(token.ValueText) is { } word)
                {
                    if (word is "CREATE" or "ALTER" or "DROP")
                    {
                        return word;
                    }

                    first ??= word;
                }
            }

            return first;
        }

        /// <summary>A statement of <paramref name="text"/> (split at ';') that starts with a writing keyword: that keyword, upper case.</summary>
        public static string? FirstWritingWord(string text)
        {
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf(';', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var i = start;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var wordStart = i;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                // A keyword followed by a space, a line break or the end of the statement: "DELETE FROM", not "Deleted".
                if (i > wordStart && (i == end || char.IsWhiteSpace(text[i])))
                {
                    var word = text.Substring(wordStart, i - wordStart).ToUpperInvariant();
                    foreach (var (keyword, companions) in WritingStatements)
                    {
                        if (word == keyword && (companions.Length == 0 || HasWord(text, i, end, companions)))
                        {
                            return word;
                        }
                    }
                }

                start = end + 1;
            }

            return null;
        }

        // Whether one of the words (upper case) occurs whole in text[start..end).
        private static bool HasWord(string text, int start, int end, string[] words)
        {
            var i = start;
            while (i < end)
            {
                while (i < end && !char.IsLetter(text[i]))
                {
                    i++;
                }

                var wordStart = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                if (i > wordStart && Array.IndexOf(words, text.Substring(wordStart, i - wordStart).ToUpperInvariant()) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
