pragma ComponentBehavior: Bound
import QtQuick
import "../components"

// The opening of the show: the gathering, the theme, then its slogan.
StepScene {
    id: title
    decoration: Component { FestiveFrame { accent: title.accent } }
}
