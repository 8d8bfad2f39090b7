using Azure.Messaging.ServiceBus;

namespace LegacyService.Messaging;

/// <summary>
/// Sends issued invoices to the billing queue. No key in code, but the connection string read from configuration is
/// still a key (SL2001); its fix reads the namespace from <c>Invoices:FullyQualifiedNamespace</c> instead.
/// </summary>
public sealed class InvoiceFeed(IConfiguration configuration) : IAsyncDisposable
{
    private readonly ServiceBusClient _bus = new(configuration.GetConnectionString("Invoices"));

    public async Task SendAsync(string invoiceId)
    {
        await using var sender = _bus.CreateSender("invoices");
        await sender.SendMessageAsync(new ServiceBusMessage(invoiceId));
    }

    public ValueTask DisposeAsync() => _bus.DisposeAsync();
}
