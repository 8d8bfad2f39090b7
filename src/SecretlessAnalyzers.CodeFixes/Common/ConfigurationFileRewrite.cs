using SecretlessAnalyzers.Configuration;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// What a fix does beyond its documents once they are rewritten: <paramref name="fixedDiagnostics"/> are the
    /// diagnostics it fixed, with the documents they were reported in (before the fix).
    /// </summary>
    public delegate Task<Solution> SolutionFollowUp(
        Solution fixedSolution,
        IReadOnlyList<(Document Document, Diagnostic Diagnostic)> fixedDiagnostics,
        CancellationToken cancellationToken);

    /// <summary>
    /// The configuration-file half of SL2001's fix: the code now reads <c>&lt;Name&gt;:&lt;EndpointKind&gt;</c> instead of
    /// a connection string, so every JSON configuration file of the project that holds that connection string
    /// (appsettings*.json, local.settings.json, in any folder: <see cref="ConfigurationFiles"/>) gets the new settings,
    /// derived from its own value, and loses the secret (<see cref="ConfigurationFileEdit"/>). Safe by default:
    /// <list type="bullet">
    /// <item>the entry stays when a string literal equal to its key or name remains anywhere in the project's C# code
    /// (another read, a Functions trigger's <c>Connection</c>): the new settings are still added;</item>
    /// <item>a file whose value gives no endpoint (empty, placeholder, Key Vault reference, emulator, local host) or that
    /// does not parse is left unchanged;</item>
    /// <item>clients of two storage services that read the same key (blob and queue) get a setting each
    /// (<c>Storage:BlobServiceUri</c>, <c>Storage:QueueServiceUri</c>), both written;</item>
    /// <item>nothing is changed in a host that cannot apply changes to additional documents.</item>
    /// </list>
    /// </summary>
    public static class ConfigurationFileRewrite
    {
        /// <summary>The <see cref="SolutionFollowUp"/> of SL2001's fix and fix-all.</summary>
        public static async Task<Solution> ApplyAsync(
            Solution fixedSolution,
            IReadOnlyList<(Document Document, Diagnostic Diagnostic)> fixedDiagnostics,
            CancellationToken cancellationToken)
        {
            if (fixedDiagnostics.Count == 0 || !CanChangeAdditionalDocuments(fixedSolution))
            {
                return fixedSolution;
            }

            // The moves of each project, one per configuration key, merged over the fixed diagnostics.
            var moves = new Dictionary<ProjectId, Dictionary<string, (string Name, List<EndpointSetting> Settings)>>();
            foreach (var (document, diagnostic) in fixedDiagnostics)
            {
                if (await KeyBasedClientRewriter.NewSettingsAsync(document, diagnostic.Location.SourceSpan, diagnostic.Properties, cancellationToken).ConfigureAwait(false) is not { } planned)
                {
                    continue;
                }

                if (!moves.TryGetValue(document.Project.Id, out var byKey))
                {
                    moves[document.Project.Id] = byKey = new Dictionary<string, (string, List<EndpointSetting>)>(StringComparer.OrdinalIgnoreCase);
                }

                if (!byKey.TryGetValue(planned.Key, out var move))
                {
                    move = (planned.Name, new List<EndpointSetting>());
                }

                // Clients of two storage services that read one key (blob and queue) each add their own setting.
                foreach (var setting in planned.Settings)
                {
                    if (!move.Settings.Contains(setting))
                    {
                        move.Settings.Add(setting);
                    }
                }

                byKey[planned.Key] = move;
            }

            var solution = fixedSolution;
            foreach (var pair in moves)
            {
                var project = solution.GetProject(pair.Key);
                if (project is null)
                {
                    continue;
                }

                var files = project.AdditionalDocuments
                    .Where(file => ConfigurationFiles.KindOf(file.FilePath ?? file.Name) == ConfigurationFileKind.Json)
                    .ToList();
                if (files.Count == 0)
                {
                    continue;
                }

                var keys = pair.Value.ToList();
                var stillRead = await StillReadAsync(project, keys.Select(k => (k.Key, k.Value.Name)), cancellationToken).ConfigureAwait(false);
                foreach (var file in files)
                {
                    var original = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var text = original.ToString();
                    var changed = false;
                    foreach (var key in keys)
                    {
                        var move = new SettingMove(key.Key, key.Value.Name, key.Value.Settings, KeepEntry: stillRead.Contains(key.Key));
                        if (ConfigurationFileEdit.Apply(file.FilePath ?? file.Name, text, move).Text is { } edited)
                        {
                            text = edited;
                            changed = true;
                        }
                    }

                    if (changed)
                    {
                        solution = solution.WithAdditionalDocumentText(file.Id, SourceText.From(text, original.Encoding, original.ChecksumAlgorithm), PreservationMode.PreserveValue);
                    }
                }
            }

            return solution;
        }

        /// <summary><c>c["X"]</c>, <c>c.GetConnectionString("X")</c>, <c>GetSection</c>, <c>GetValue</c>..., or an attribute argument.</summary>
        private static bool IsConfigurationRead(SyntaxToken literal) =>
            literal.Parent?.Parent switch
            {
                ArgumentSyntax { Parent: BracketedArgumentListSyntax } => true,
                AttributeArgumentSyntax => true,
                ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } => invocation.Expression switch
                {
                    MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method } => ReadMethods.Contains(method),
                    GenericNameSyntax { Identifier.ValueText: var method } => ReadMethods.Contains(method),
                    IdentifierNameSyntax { Identifier.ValueText: var method } => ReadMethods.Contains(method),
                    _ => false,
                },
                _ => false,
            };

        private static readonly ImmutableHashSet<string> ReadMethods = ImmutableHashSet.Create(
            StringComparer.Ordinal, "GetConnectionString", "GetSection", "GetRequiredSection", "GetValue", "GetEnvironmentVariable");

        /// <summary>
        /// Whether the host can apply a changed additional document (<c>MSBuildWorkspace</c>, used by dotnet format, can
        /// since Roslyn 3.10; a host that cannot would throw from <c>TryApplyChanges</c>).
        /// </summary>
        public static bool CanChangeAdditionalDocuments(Solution solution) =>
            solution.Workspace.CanApplyChange(ApplyChangesKind.ChangeAdditionalDocument);

        /// <summary>
        /// The keys some C# code of the project may still read after the fix: a string literal equal to the key or to
        /// its name (<c>"ConnectionStrings:Invoices"</c>, <c>"Invoices"</c>) anywhere (a helper, a constant, a Functions
        /// trigger's <c>Connection</c>); ignoring case, as configuration does, where the literal is a configuration read
        /// or an attribute argument, with the same case elsewhere (so that <c>CreateSender("invoices")</c> does not keep
        /// the <c>Invoices</c> setting). A text search first; only files that contain a name are parsed.
        /// </summary>
        private static async Task<HashSet<string>> StillReadAsync(Project project, IEnumerable<(string Key, string Name)> keys, CancellationToken cancellationToken)
        {
            var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var candidates = keys.ToList();
            foreach (var document in project.Documents)
            {
                var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                var present = candidates.Where(c => !result.Contains(c.Key) && text.IndexOf(c.Name, StringComparison.OrdinalIgnoreCase) >= 0).ToList();
                if (present.Count == 0)
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    continue;
                }

                foreach (var token in root.DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.StringLiteralToken))
                    {
                        continue;
                    }

                    foreach (var (key, name) in present)
                    {
                        var comparison = IsConfigurationRead(token) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                        if (string.Equals(token.ValueText, key, comparison) || string.Equals(token.ValueText, name, comparison))
                        {
                            result.Add(key);
                        }
                    }
                }
            }

            return result;
        }
    }
}
