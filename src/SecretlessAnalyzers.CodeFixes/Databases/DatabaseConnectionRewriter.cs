using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Databases;
using SecretlessAnalyzers.Rules;

namespace SecretlessAnalyzers.CodeFixes.Databases
{
    /// <summary>
    /// Rewrites a database connection string for Microsoft Entra authentication. Azure SQL: the string itself changes
    /// (<c>Authentication=Active Directory Default</c>). Azure PostgreSQL / MySQL: the password leaves the string and
    /// the data source that receives it gets a periodic password provider that returns an Entra token. Every call the
    /// fix writes is bound speculatively first; when one would not bind, no fix is produced.
    /// </summary>
    public static class DatabaseConnectionRewriter
    {
        /// <summary>The token audience of Azure Database for PostgreSQL and MySQL (the same for both, from the catalog).</summary>
        public static readonly string OssRdbmsScope = Services.PostgreSql.TokenScope!;

        /// <summary>Whether the fix of this diagnostic writes a credential object (PostgreSQL and MySQL do, Azure SQL does not).</summary>
        public static bool WritesCredential(Diagnostic diagnostic) =>
            !diagnostic.Properties.TryGetValue(DatabasePasswordAnalyzer.HostKindProperty, out var host) || host != nameof(DatabaseHostKind.AzureSql);

        public static async Task<Document?> TryRewriteAsync(
            Document document,
            TextSpan diagnosticSpan,
            ImmutableDictionary<string, string?> properties,
            CredentialKind kind,
            CancellationToken cancellationToken)
        {
            var found = await ReportedSecret.FindAsync(document, diagnosticSpan, properties, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return null;
            }

            var (root, semanticModel, reported) = (found.Root, found.SemanticModel, found.Expression);
            if (reported.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer })
            {
                return await RewriteBuilderAsync(document, found, initializer, kind, cancellationToken).ConfigureAwait(false);
            }

            var value = StringExpressions.Fold(reported, semanticModel, cancellationToken);
            var secret = value is null || FoldedString.HasHole(value) ? null : DatabaseConnectionStrings.Detect(value);
            var uses = secret is null || secret.HostKind == DatabaseHostKind.OnPremises ? null : await found.CollectUsesAsync(document, cancellationToken).ConfigureAwait(false);
            if (secret is null || uses is null)
            {
                return null;
            }

            var symbols = new DatabaseSymbols(semanticModel.Compilation);
            var options = CredentialOptions.For(document, root.SyntaxTree);
            var isAzureSql = secret.HostKind == DatabaseHostKind.AzureSql;
            var newValue = !isAzureSql ? DatabaseConnectionStrings.WithoutPassword(value!)
                : kind == CredentialKind.DefaultAzureCredential ? DatabaseConnectionStrings.ForEntraAuthentication(value!, "Active Directory Default", userId: null)
                : DatabaseConnectionStrings.ForEntraAuthentication(value!, "Active Directory Managed Identity", options.ManagedIdentityClientId);

            // The value is constant: one literal replaces a concatenation, and the constants it used may go. The literal
            // is replaced first, so the calls around it are rebuilt with it.
            var candidates = SecretDeclarations.ReferencedValueSymbols(reported, semanticModel, cancellationToken);
            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            editor.ReplaceNode(reported, CredentialSyntax.StringLiteral(newValue).WithTriviaFrom(reported));
            var credential = isAzureSql ? null : found.Credential(document, kind);
            foreach (var use in uses)
            {
                var client = DatabaseSinkClassifier.ClassifyUse(use, semanticModel, symbols, cancellationToken).Client;
                if (credential is null)
                {
                    // Azure SQL: only the string changes, and only Microsoft.Data.SqlClient understands the new mode.
                    if (client != DatabaseClient.MicrosoftSqlClient)
                    {
                        return null;
                    }

                    continue;
                }

                if (use.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } }
                    || WithPasswordProvider(call, client, credential) is not { } rewritten
                    || !BindsTo(semanticModel, call, rewritten, client))
                {
                    return null;
                }

                editor.ReplaceNode(call, (current, _) => WithPasswordProvider((ExpressionSyntax)current, client, credential)!.WithTriviaFrom(current));
            }

            var newDocument = document.WithSyntaxRoot(editor.GetChangedRoot());
            newDocument = await UnusedDeclarations.RemoveAsync(newDocument, candidates, cancellationToken).ConfigureAwait(false);
            return await FixCleanup.RunAsync(newDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// <c>new SqlConnectionStringBuilder { DataSource = "...", UserID = "...", Password = "..." }</c> →
        /// <c>new SqlConnectionStringBuilder { DataSource = "...", Authentication = SqlAuthenticationMethod.ActiveDirectoryDefault }</c>.
        /// The analyzer only lets this through for Microsoft.Data.SqlClient and an Azure SQL <c>DataSource</c>.
        /// </summary>
        private static async Task<Document?> RewriteBuilderAsync(Document document, ReportedSecret found, InitializerExpressionSyntax initializer, CredentialKind kind, CancellationToken cancellationToken)
        {
            var mode = kind == CredentialKind.DefaultAzureCredential ? "ActiveDirectoryDefault" : "ActiveDirectoryManagedIdentity";
            var method = found.SemanticModel.Compilation.GetTypeByMetadataName("Microsoft.Data.SqlClient.SqlAuthenticationMethod");
            if (method is null || method.GetMembers(mode).IsEmpty)
            {
                return null;
            }

            var added = new List<ExpressionSyntax> { Parse("Authentication = Microsoft.Data.SqlClient.SqlAuthenticationMethod." + mode) };
            var clientId = CredentialOptions.For(document, found.Root.SyntaxTree).ManagedIdentityClientId;
            if (kind == CredentialKind.ManagedIdentityCredential && clientId is not null)
            {
                added.Add(SyntaxFactory.ParseExpression("UserID = \"" + clientId + "\""));
            }

            // Credential assignments go; the new ones take the place of the first, with its layout.
            var expressions = initializer.Expressions;
            var nodes = new List<ExpressionSyntax>();
            var candidates = ImmutableArray<ISymbol>.Empty;
            foreach (var expression in expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "UserID" or "Password" or "IntegratedSecurity" or "PersistSecurityInfo" or "Authentication" } } removed)
                {
                    candidates = candidates.AddRange(SecretDeclarations.ReferencedValueSymbols(removed.Right, found.SemanticModel, cancellationToken));
                    nodes.AddRange(added.Select(a => a.WithTriviaFrom(expression)));
                    added.Clear();
                    continue;
                }

                nodes.Add(expression);
            }

            var separator = expressions.SeparatorCount > 0 ? expressions.GetSeparator(0) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            var separatorCount = expressions.SeparatorCount == expressions.Count ? nodes.Count : nodes.Count - 1;
            var newInitializer = initializer.WithExpressions(SyntaxFactory.SeparatedList(nodes, Enumerable.Repeat(separator, separatorCount)));
            var newDocument = document.WithSyntaxRoot(found.Root.ReplaceNode(initializer, newInitializer));
            newDocument = await UnusedDeclarations.RemoveAsync(newDocument, candidates, cancellationToken).ConfigureAwait(false);
            return await FixCleanup.RunAsync(newDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// <c>new NpgsqlDataSourceBuilder(cs)</c> → <c>new NpgsqlDataSourceBuilder(cs).UsePeriodicPasswordProvider(...)</c>;
        /// <c>NpgsqlDataSource.Create(cs)</c> → the same, then <c>.Build()</c>; <c>UseNpgsql(cs)</c> →
        /// <c>UseNpgsql(cs, npgsql =&gt; npgsql.ConfigureDataSource(dataSource =&gt; dataSource.UsePeriodicPasswordProvider(...)))</c>.
        /// </summary>
        private static ExpressionSyntax? WithPasswordProvider(ExpressionSyntax call, DatabaseClient client, ExpressionSyntax credential)
        {
            var provider = "UsePeriodicPasswordProvider(" + PasswordProvider(credential) + ", System.TimeSpan.FromMinutes(55), System.TimeSpan.FromSeconds(5))";
            switch (client)
            {
                case DatabaseClient.NpgsqlDataSourceBuilder or DatabaseClient.MySqlConnectorDataSourceBuilder when call is ObjectCreationExpressionSyntax { Initializer: null } creation:
                    return Parse(creation.WithoutTrivia().ToFullString() + "." + provider);
                case DatabaseClient.NpgsqlDataSourceCreate when call is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation:
                    return Parse("new Npgsql.NpgsqlDataSourceBuilder(" + invocation.ArgumentList.Arguments[0].WithoutTrivia().ToFullString() + ")." + provider + ".Build()");
                case DatabaseClient.NpgsqlEntityFramework when call is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation
                    && invocation.ArgumentList.Arguments[0].NameColon is null:
                    var configure = Parse("npgsql => npgsql.ConfigureDataSource(dataSource => dataSource." + provider + ")");
                    return invocation.WithArgumentList(ArgumentLists.Replace(invocation.ArgumentList, new[] { invocation.ArgumentList.Arguments[0].Expression, configure }));
                default:
                    return null;
            }
        }

        /// <summary>An async lambda that returns an Entra token for the PostgreSQL / MySQL audience.</summary>
        private static string PasswordProvider(ExpressionSyntax credential) =>
            "async (_, cancellationToken) => (await " + credential.WithoutTrivia().ToFullString()
            + ".GetTokenAsync(new Azure.Core.TokenRequestContext(new[] { \"" + OssRdbmsScope + "\" }), cancellationToken)).Token";

        private static ExpressionSyntax Parse(string text) => CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(text));

        /// <summary>The rewritten call must bind to the method the fix meant: the provider, <c>Build</c>, or the provider's <c>UseNpgsql</c>.</summary>
        private static bool BindsTo(SemanticModel semanticModel, ExpressionSyntax original, ExpressionSyntax rewritten, DatabaseClient client)
        {
            var symbol = SpeculativeBinding.SymbolInfo(semanticModel, original, rewritten).Symbol;
            var expected = client switch
            {
                DatabaseClient.NpgsqlDataSourceCreate => "Build",
                DatabaseClient.NpgsqlEntityFramework => ((original as InvocationExpressionSyntax)?.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText,
                _ => "UsePeriodicPasswordProvider",
            };
            return symbol is IMethodSymbol method && method.Name == expected
                && semanticModel.Compilation.GetTypeByMetadataName("Azure.Core.TokenRequestContext") is not null;
        }
    }
}
