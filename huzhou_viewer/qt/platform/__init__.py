"""What the stage and the modes need from the machine: screens, renderer, fonts, screen blanking, one instance."""
