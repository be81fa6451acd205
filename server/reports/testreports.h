#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::reports {

// Reports only the tests run (erp-server --test-reports): "test_slow" walks `steps` steps of
// `stepMs` milliseconds, checking for a cancel and telling its progress at each, and with
// `heavy` then runs one statement that Firebird takes minutes over, so that a cancel must stop
// it inside the engine.
void registerTestReports(erp::core::AreaRegistry &areas);

} // namespace erp::reports
