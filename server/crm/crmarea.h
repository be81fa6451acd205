#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::crm {

// CRM: the client at the centre. Each part registers its kinds' behaviour and methods.
void registerArea(erp::core::AreaRegistry &areas);

// The parts, one file pair each (dealsarea.cpp, interactionsarea.cpp, ...).
void registerDeals(erp::core::AreaRegistry &areas);
void registerInteractions(erp::core::AreaRegistry &areas);
void registerClients(erp::core::AreaRegistry &areas);
void registerClaims(erp::core::AreaRegistry &areas);
void registerSegments(erp::core::AreaRegistry &areas);
void registerAnalytics(erp::core::AreaRegistry &areas);

} // namespace erp::crm
