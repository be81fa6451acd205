#include "booleditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace erp::app {

BoolEditor::BoolEditor(const FieldInfo &field, QWidget *parent)
    : FieldEditor(field, parent), m_box(new QCheckBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::clicked, this, &FieldEditor::edited);
}

QCborValue BoolEditor::value() const
{
    return m_box->isChecked();
}

void BoolEditor::setValue(const QCborValue &value, const QString &)
{
    m_box->setChecked(value.toBool(false));
}

void BoolEditor::setReadOnly(bool readOnly)
{
    m_box->setEnabled(!readOnly);
}

} // namespace erp::app
