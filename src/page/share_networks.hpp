// Private: the share networks, named in one place: the options' key for
// each ("x", "email"), which is also its data-network and class suffix on
// the page, and the network's own name ("X", "Email"), which is not
// translated.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "broadsheet/options.hpp"

namespace broadsheet::detail {

struct ShareNetworkName {
    ShareNetwork id;
    const char* key;   // options key, data-network, class suffix
    const char* name;  // shown in "Share on NAME"; "" for the buttons that are not a network
};

const ShareNetworkName& share_network(ShareNetwork id);

// The network whose key is `key`, if any.
std::optional<ShareNetwork> share_network_for_key(std::string_view key);

// Every key, for messages: "x, facebook, ..., native or copy".
std::string share_network_keys();

}  // namespace broadsheet::detail
