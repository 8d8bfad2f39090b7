using System.Composition;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Carriers
{
    /// <summary>
    /// A secret that is the default value of a parameter (or of a record's positional parameter) has no client rewrite:
    /// a caller may rely on it (<see cref="FixBlockers.DefaultParameterValue"/>, <see cref="FixBlockers.RecordParameter"/>).
    /// When no caller can, the default is dead code that only carries the secret, and this fix removes it. No caller can
    /// when the method or constructor cannot be called from outside the assembly (not public or protected along its
    /// containing types, no <c>InternalsVisibleTo</c>), is not virtual, an override or an interface implementation, and
    /// every call in the solution passes the argument explicitly; for a constructor, also when no type derives from its
    /// type (an implicit <c>base()</c> call has no syntax to check) and the type is not named as a type argument or in
    /// <c>typeof</c> (dependency injection and <c>Activator</c> fill a parameter from its default). The parameter becomes
    /// required, so the fix is offered only when no parameter before it is optional.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnusedSecretDefaultCodeFixProvider)), Shared]
    public sealed class UnusedSecretDefaultCodeFixProvider : CodeFixProvider
    {
        public const string Title = "Remove the secret default value (no caller relies on it)";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.StorageAccountKey,
            DiagnosticIds.MessagingSharedAccessKey,
            DiagnosticIds.DatabasePassword,
            DiagnosticIds.CosmosAccountKey,
            DiagnosticIds.AzureServiceConnectionString,
            DiagnosticIds.SecretNamedLiteral);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.FixBlocker, out var blocker)
                    || blocker is not (FixBlockers.DefaultParameterValue or FixBlockers.RecordParameter)
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is not { Default: not null } parameter
                    || !await NoCallerReliesOnDefaultAsync(context.Document, parameter, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => RemoveDefaultAsync(context.Document, parameter, ct), equivalenceKey: nameof(UnusedSecretDefaultCodeFixProvider)),
                    diagnostic);
            }
        }

        private static async Task<Document> RemoveDefaultAsync(Document document, ParameterSyntax parameter, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var current = root?.FindNode(parameter.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>();
            if (root is null || current?.Default is null)
            {
                return document;
            }

            // `string cs = "..."` -> `string cs`: the space before `=` goes, the trivia after the value stays.
            var withoutDefault = current
                .WithIdentifier(current.Identifier.WithTrailingTrivia(current.Default.GetTrailingTrivia()))
                .WithDefault(null);
            return document.WithSyntaxRoot(root.ReplaceNode(current, withoutDefault));
        }

        /// <summary>Whether removing the default of <paramref name="parameterSyntax"/> changes no call: see the type's summary.</summary>
        internal static async Task<bool> NoCallerReliesOnDefaultAsync(Document document, ParameterSyntax parameterSyntax, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel?.GetDeclaredSymbol(parameterSyntax, cancellationToken) is not IParameterSymbol parameter
                || parameter.ContainingSymbol is not IMethodSymbol method
                || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction)
                || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern
                || !method.ExplicitInterfaceImplementations.IsEmpty
                || ImplementsInterfaceMember(method)
                || method.Parameters.Take(parameter.Ordinal).Any(p => p.IsOptional || p.IsParams)
                || IsCallableFromOutside(method, semanticModel.Compilation))
            {
                return false;
            }

            var solution = document.Project.Solution;
            if (method.MethodKind == MethodKind.Constructor && !await TypeIsOnlyConstructedInSourceAsync(method.ContainingType, solution, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
            foreach (var reference in references)
            {
                foreach (var location in reference.Locations)
                {
                    if (location.IsImplicit
                        || !await PassesArgumentAsync(location, method, parameter, cancellationToken).ConfigureAwait(false))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The call at <paramref name="location"/> passes <paramref name="parameter"/> explicitly; false for any reference that is not a call (a method group, an attribute).</summary>
        private static async Task<bool> PassesArgumentAsync(ReferenceLocation location, IMethodSymbol method, IParameterSymbol parameter, CancellationToken cancellationToken)
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return false;
            }

            var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
                && nameOf.ArgumentList.Span.Contains(node.Span))
            {
                return true;
            }

            var call = node.AncestorsAndSelf().FirstOrDefault(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax);
            if (call is null)
            {
                return false;
            }

            var arguments = model.GetOperation(call, cancellationToken) switch
            {
                IInvocationOperation invocation when SameMethod(invocation.TargetMethod, method) => invocation.Arguments,
                IObjectCreationOperation creation when creation.Constructor is { } constructor && SameMethod(constructor, method) => creation.Arguments,
                _ => default(ImmutableArray<IArgumentOperation>?),
            };

            return arguments is { } list
                && list.Any(a => a.Parameter is { } p && p.Ordinal == parameter.Ordinal && a.ArgumentKind == ArgumentKind.Explicit);
        }

        private static bool SameMethod(IMethodSymbol candidate, IMethodSymbol method) =>
            SymbolEqualityComparer.Default.Equals((candidate.ReducedFrom ?? candidate).OriginalDefinition, method.OriginalDefinition);

        /// <summary>No other type derives from <paramref name="type"/> and no code names it as a type argument or in <c>typeof</c>.</summary>
        private static async Task<bool> TypeIsOnlyConstructedInSourceAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
        {
            if (!type.IsSealed && !type.IsStatic && !type.IsValueType)
            {
                var derived = await SymbolFinder.FindDerivedClassesAsync(type, solution, transitive: false, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (derived.Any())
                {
                    return false;
                }
            }

            foreach (var reference in await SymbolFinder.FindReferencesAsync(type, solution, cancellationToken).ConfigureAwait(false))
            {
                foreach (var location in reference.Locations)
                {
                    var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    for (var current = node; current is NameSyntax; current = current.Parent)
                    {
                        if (current.Parent is TypeArgumentListSyntax or TypeOfExpressionSyntax)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>Public or protected along the method and every containing type, or internal with <c>InternalsVisibleTo</c>.</summary>
        private static bool IsCallableFromOutside(IMethodSymbol method, Compilation compilation)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return false;
            }

            var internalOnly = false;
            for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
            {
                switch (symbol.DeclaredAccessibility)
                {
                    case Accessibility.Private:
                        return false;
                    case Accessibility.Internal or Accessibility.ProtectedAndInternal:
                        internalOnly = true;
                        break;
                }
            }

            return !internalOnly || compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");
        }

        private static bool ImplementsInterfaceMember(IMethodSymbol method) =>
            method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).Any(member =>
                SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method));
    }
}
