using Azure.Identity;
using Azure.Storage.Blobs;
using LegacyService.Cosmos;
using LegacyService.Caching;
using LegacyService.Data;
using LegacyService.Legacy;
using LegacyService.Messaging;
using LegacyService.Storage;
using Microsoft.Extensions.Azure;

var builder = WebApplication.CreateBuilder(args);

// Registered clients: the connection string was pasted here during a hurried release.
builder.Services.AddAzureClients(clients =>
{
    clients.AddBlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contosoorders;AccountKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgc3RvcmFnZSBrZXksIGp1c3QgYnl0ZXMhIQ==;EndpointSuffix=core.windows.net");

    // Clients already moved off keys authenticate with this, in every environment (SL2002 is on for this sample).
    clients.UseCredential(new DefaultAzureCredential());
});

if (builder.Environment.IsDevelopment())
{
    // Developers sign in with Visual Studio or the Azure CLI: the credential chain is what they want here.
    builder.Services.AddSingleton<Azure.Core.TokenCredential>(new DefaultAzureCredential());
}

builder.Services.AddSingleton<OrderArchive>();
builder.Services.AddSingleton<PartnerFeed>();
builder.Services.AddSingleton<AuditLog>();
builder.Services.AddSingleton<OrderEvents>();
builder.Services.AddSingleton<ProductCatalog>();
builder.Services.AddSingleton<LegacyService.Identity.CatalogSearch>();
builder.Services.AddSingleton<OrderMailer>();
builder.Services.AddSingleton<OrderDatabase>();
builder.Services.AddSingleton<ReportingDatabase>();
builder.Services.AddSingleton<PriceCache>();

var app = builder.Build();

app.MapPost("/orders/{id}", async (string id, HttpRequest request, OrderArchive archive) =>
{
    await archive.ArchiveAsync(id, request.Body);
    return Results.Accepted();
});

app.MapGet("/orders/{id}", async (string id, BlobServiceClient blobs) =>
{
    var blob = blobs.GetBlobContainerClient("orders").GetBlobClient(id + ".json");
    var content = await blob.DownloadContentAsync();
    return Results.Text(content.Value.Content.ToString(), "application/json");
});

app.MapGet("/orders/count", async (OrderDatabase orders) => Results.Ok(await orders.CountOrdersAsync()));

app.Run();
