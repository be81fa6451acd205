#pragma once

#include <functional>

class QAbstractItemView;

namespace erp::app {

// Enter or Return without modifiers on a view calls `activate`, and so does a double-click:
// how the lists beside a form (a timeline, a document chain, my tasks) open their current row.
// The key never reaches the view, so it does not start editing or move the selection.
void openOnEnterAndDoubleClick(QAbstractItemView *view, std::function<void()> activate);

} // namespace erp::app
