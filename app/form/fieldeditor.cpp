#include "fieldeditor.h"

#include "editors/booleditor.h"
#include "editors/dateeditor.h"
#include "editors/decimaleditor.h"
#include "editors/enumeditor.h"
#include "editors/integereditor.h"
#include "editors/refeditor.h"
#include "editors/stringeditor.h"
#include "editors/texteditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace erp::app {

void FieldEditor::arrangeWithButton(QLineEdit *edit, QToolButton *button)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(button);
    setFocusProxy(edit);
    edit->setClearButtonEnabled(true);
    edit->installEventFilter(this);
}

FieldEditor::FieldEditor(const FieldInfo &field, QWidget *parent) : QWidget(parent), m_field(field)
{
}

FieldEditor *createFieldEditor(const FieldInfo &field, ClientSession *session, QWidget *parent)
{
    const QString &type = field.type;
    if (type == QLatin1String("text"))
        return new TextEditor(field, parent);
    if (type == QLatin1String("integer"))
        return new IntegerEditor(field, parent);
    if (field.isNumeric())
        return new DecimalEditor(field, parent);
    if (type == QLatin1String("date") || type == QLatin1String("datetime"))
        return new DateEditor(field, parent);
    if (type == QLatin1String("boolean"))
        return new BoolEditor(field, parent);
    if (type == QLatin1String("enum"))
        return new EnumEditor(field, session, parent);
    if (type == QLatin1String("ref"))
        return new RefEditor(field, session, parent);
    return new StringEditor(field, parent);
}

} // namespace erp::app
