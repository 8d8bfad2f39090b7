#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>
    /// A data-plane role (or database role, privilege set, access policy) a managed identity can be given on a service.
    /// Built by <see cref="AzureCatalog"/>.
    /// </summary>
    /// <param name="Id">Stable id, e.g. <c>StorageBlobDataReader</c>: what diagnostic properties and the report carry.</param>
    /// <param name="Name">The name Azure (or the database) gives the role, e.g. <c>Storage Blob Data Reader</c>, <c>db_datareader</c>.</param>
    /// <param name="ServiceId">The <see cref="AzureService.Id"/> the role belongs to.</param>
    /// <param name="RoleDefinitionId">
    /// The built-in role definition id (a GUID) for Azure RBAC and Cosmos DB data-plane roles; null for SQL database
    /// roles, PostgreSQL/MySQL privileges and Redis access policies, which are granted by name.
    /// </param>
    /// <param name="Rank">Higher allows more; only meaningful between roles of one service part (see <see cref="Covers"/>).</param>
    /// <param name="Part">The part of the service the role works on (<c>blob</c>, <c>queue</c>...), or null for the whole service.</param>
    /// <param name="Covers">The ids of the roles this one directly allows everything of (Storage Blob Data Owner covers Contributor).</param>
    public sealed record AzureRole(string Id, string Name, string ServiceId, string? RoleDefinitionId, int Rank, string? Part, IReadOnlyList<string> Covers)
    {
        /// <summary>For a PostgreSQL or MySQL principal, the table privileges to GRANT (<c>SELECT, INSERT, UPDATE, DELETE</c>); else null.</summary>
        public string? Privileges { get; internal set; }

        public override string ToString() => Name;
    }
}
