// The share networks' keys and names.
#include "page/share_networks.hpp"

#include <iterator>

namespace broadsheet::detail {

namespace {

const ShareNetworkName kNetworks[] = {
    {ShareNetwork::x, "x", "X"},
    {ShareNetwork::facebook, "facebook", "Facebook"},
    {ShareNetwork::linkedin, "linkedin", "LinkedIn"},
    {ShareNetwork::whatsapp, "whatsapp", "WhatsApp"},
    {ShareNetwork::telegram, "telegram", "Telegram"},
    {ShareNetwork::reddit, "reddit", "Reddit"},
    {ShareNetwork::email, "email", "Email"},
    {ShareNetwork::mastodon, "mastodon", "Mastodon"},
    {ShareNetwork::native, "native", ""},
    {ShareNetwork::copy, "copy", ""},
};

}  // namespace

const ShareNetworkName& share_network(ShareNetwork id) {
    for (const auto& n : kNetworks)
        if (n.id == id) return n;
    return kNetworks[0];
}

std::optional<ShareNetwork> share_network_for_key(std::string_view key) {
    for (const auto& n : kNetworks)
        if (key == n.key) return n.id;
    return std::nullopt;
}

std::string share_network_keys() {
    std::string out;
    const std::size_t count = std::size(kNetworks);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += i + 1 == count ? " or " : ", ";
        out += kNetworks[i].key;
    }
    return out;
}

}  // namespace broadsheet::detail
