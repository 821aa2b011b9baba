#pragma once

namespace feder {

class Store;

// Fills a new, empty store with the German demo articles shipped in the resources (:/demo): a
// main article that uses every feature of the format, its three related articles in two
// categories, and one open review comment.
namespace DemoSeeder {
void seed(Store &store);
}

} // namespace feder
