#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp {

// Every business area registers its kinds' behaviour and its methods here, at start-up.
void registerAreas(erp::core::AreaRegistry &areas);

} // namespace erp
