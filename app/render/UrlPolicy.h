#pragma once

#include <QString>

namespace feder {

// Which URLs article content may use. Anything not allowed is dropped by the sanitiser.
namespace UrlPolicy {

// Links: http, https, mailto, tel, relative paths and #fragments. Never javascript:, data:, file:, …
bool isSafeLink(const QString &url);
// Images: http(s) (shown as a placeholder), relative paths, feder: URLs (images served from the store) and data:image/(png|jpeg|gif|webp).
bool isSafeImage(const QString &url);
// True for http(s) and protocol-relative URLs: things that would need the network.
bool isRemote(const QString &url);

} // namespace UrlPolicy

} // namespace feder
