pub mod indicator;
