pragma ComponentBehavior: Bound
import QtQuick
import "../components"

// A season's review: its theme, then the key tasks, its stories, its figures and its couplet.
StepScene {
    id: season
    decoration: Component {
        SeasonBackdrop {
            accent: season.accent
            iconGlyph: season.iconGlyph
            iconFamily: season.iconFamily
            showMark: season.step === 0 || season.onCouplet
        }
    }
}
